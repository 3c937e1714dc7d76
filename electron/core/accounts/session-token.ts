import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: what a signed-in client sends as `Authorization: Bearer <token>`. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the sessions table keeps instead of the token. */
export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A well-formed token: anything else is refused before touching the database. */
export const isSessionToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);

/** The token in an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(header ?? '');
  return match?.[1] ?? null;
}
