import type { SignedIn } from '../../shared/api/accounts.js';
import type { Operator } from '../../shared/domain/operator.js';

/** What the sign-in page shows when a request fails: the core's own words when it gave some. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
}

async function post(path: string, body: unknown, token?: string): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(path, { method: 'POST', headers, body: JSON.stringify(body) });
}

async function signedIn(response: Response): Promise<SignedIn> {
  const body = (await response.json().catch(() => ({}))) as Partial<SignedIn> & { error?: string };
  if (!response.ok || !body.token || !body.operator || !body.expiresAt)
    throw new SignInError(body.error ?? `the console answered ${response.status}`);
  return { token: body.token, operator: body.operator, expiresAt: body.expiresAt };
}

export const signIn = async (username: string, password: string, seat: string): Promise<SignedIn> =>
  signedIn(await post('/api/login', { username, password, seat }));

export const setUpFirstAdmin = async (first: {
  code: string;
  username: string;
  displayName: string;
  password: string;
}): Promise<SignedIn> => signedIn(await post('/api/bootstrap', first));

/** Ends the session at the core; the seat forgets it whatever the answer. */
export async function signOutAtCore(token: string): Promise<void> {
  await post('/api/logout', {}, token).catch(() => undefined);
}

/** The session behind a remembered token, or null when it has expired or was ended elsewhere. */
export async function resumeSession(token: string): Promise<SignedIn | null> {
  const response = await fetch('/api/session', {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
  }).catch(() => null);
  if (!response?.ok) return null;
  const body = (await response.json()) as { operator?: Operator; expiresAt?: number };
  return body.operator && body.expiresAt ? { token, operator: body.operator, expiresAt: body.expiresAt } : null;
}

export type SetUpState = { needed: boolean; demoAccountsFile: string | null };

export async function setUpState(): Promise<SetUpState> {
  const response = await fetch('/api/bootstrap', { headers: { Accept: 'application/json' } });
  if (!response.ok) return { needed: false, demoAccountsFile: null };
  return (await response.json()) as SetUpState;
}
