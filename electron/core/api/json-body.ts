import type { IncomingMessage } from 'node:http';
import { readRawBody } from './raw-body.js';

/** No console request body is large: a note, a login, an account change. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * The request's JSON body. Only `application/json` is read, which also keeps HTML forms on other
 * sites from posting here without a CORS preflight; a body over the cap is refused, not buffered.
 */
export async function readJsonBody(request: IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const raw = await readRawBody(request, limit, ['application/json']);
  if (!raw.ok) return raw;
  try {
    return { ok: true, value: JSON.parse(raw.bytes.toString('utf8')) as unknown };
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid JSON' };
  }
}
