/**
 * The Content-Security-Policy agreed with the core. The shell adds it as a second header: browsers
 * enforce every CSP header they receive, so ours can only tighten what the core sends, never loosen
 * it, and the window stays protected even if a core build forgets its header. style-src needs
 * 'unsafe-inline' because Leaflet positions map tiles and markers with inline styles.
 */
export function consoleCsp(consoleOrigin: string): string {
  const { protocol, host } = new URL(consoleOrigin);
  const socketScheme = protocol === 'https:' ? 'wss:' : 'ws:';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${socketScheme}//${host}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

const CSP_HEADER = 'Content-Security-Policy';

export type ResponseHeaders = Record<string, string[]>;

/** Response headers with our policy added when the response comes from the console's origin. */
export function withConsoleCsp(
  url: string,
  headers: ResponseHeaders | undefined,
  consoleOrigin: string | null,
): ResponseHeaders {
  const copy: ResponseHeaders = { ...headers };
  if (consoleOrigin === null) return copy;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return copy;
  }
  if (origin !== consoleOrigin) return copy;
  const policy = consoleCsp(consoleOrigin);
  // Header names arrive in whatever case the server used; keep one key so nothing is shadowed.
  const existingKey = Object.keys(copy).find((key) => key.toLowerCase() === CSP_HEADER.toLowerCase());
  const key = existingKey ?? CSP_HEADER;
  copy[key] = [...(copy[key] ?? []), policy];
  return copy;
}
