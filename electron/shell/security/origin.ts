/**
 * Origins are compared the way the browser will resolve them: the WHATWG URL parser lowercases the
 * scheme, punycodes and IDNA-maps the host, canonicalises IPv4 forms and drops default ports, so a
 * string trick either becomes the console's origin for real or becomes a different origin.
 */

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

function parse(candidate: string): URL | null {
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/** The console's origin from the URL the core reported; throws on anything but plain http(s). */
export function consoleOriginOf(httpUrl: string): string {
  const url = parse(httpUrl);
  if (!url || !WEB_PROTOCOLS.has(url.protocol) || url.username !== '' || url.password !== '') {
    throw new Error(`the core reported an unusable console URL: ${JSON.stringify(httpUrl)}`);
  }
  return url.origin;
}

/** True only for http(s) URLs on exactly the console's origin, without credentials in the URL. */
export function isConsoleUrl(candidate: string, consoleOrigin: string | null): boolean {
  if (consoleOrigin === null) return false;
  const url = parse(candidate);
  if (!url || !WEB_PROTOCOLS.has(url.protocol)) return false;
  // Credentials in a URL are a classic spoofing tool and the console never uses them.
  if (url.username !== '' || url.password !== '') return false;
  return url.origin === consoleOrigin;
}
