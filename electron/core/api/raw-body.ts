import type { IncomingMessage } from 'node:http';

export type RawBody =
  { ok: true; bytes: Buffer; contentType: string } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * The request's body as bytes, refused past `limit` (never buffered whole first). Only the listed
 * content types are read; the caller still checks the bytes, since a declared type proves nothing.
 */
export async function readRawBody(
  request: IncomingMessage,
  limit: number,
  contentTypes: readonly string[],
): Promise<RawBody> {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!contentTypes.includes(contentType))
    return { ok: false, status: 415, error: `the body must be one of ${contentTypes.join(', ')}` };
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return { ok: false, status: 413, error: `the body is larger than ${limit} bytes` };

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, status: 413, error: `the body is larger than ${limit} bytes` };
    chunks.push(chunk);
  }
  if (size === 0) return { ok: false, status: 400, error: 'the body is empty' };
  return { ok: true, bytes: Buffer.concat(chunks), contentType };
}
