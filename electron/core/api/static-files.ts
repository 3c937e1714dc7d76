import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { SECURITY_HEADERS } from './respond.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file under `root` that a URL path names, or null if it names anything outside it (.., encoded
 * separators, NUL, absolute paths) or something that is not a regular file of a known type.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  if (!isInside(base, target)) return null;
  if (!Object.hasOwn(CONTENT_TYPES, extname(target).toLowerCase())) return null;
  try {
    // A symbolic link inside the root may point anywhere: judge where it really leads.
    const real = realpathSync(target);
    return isInside(realpathSync(base), real) && statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

function isInside(base: string, target: string): boolean {
  const inside = relative(base, target);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

export function sendFile(
  response: ServerResponse,
  path: string,
  cache: 'immutable' | 'revalidate',
  headOnly: boolean,
): void {
  const size = statSync(path).size;
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': cache === 'immutable' ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (headOnly) response.end();
  else createReadStream(path).pipe(response);
}
