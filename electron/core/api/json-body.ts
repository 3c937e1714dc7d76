import type { IncomingMessage } from 'node:http';

/** No console request body is large: a note, a login, a site edit without its floorplan images. */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * The request's JSON body. Only `application/json` is read, which also keeps HTML forms on other
 * sites from posting here without a CORS preflight; a body over the cap is refused, not buffered.
 */
export async function readJsonBody(request: IncomingMessage, limit = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, status: 415, error: 'the body must be application/json' };
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return { ok: false, status: 413, error: `the body is larger than ${limit} bytes` };

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, status: 413, error: `the body is larger than ${limit} bytes` };
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  } catch {
    return { ok: false, status: 400, error: 'the body is not valid JSON' };
  }
}
