const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The Host names this console answers to. Checking Host defeats DNS rebinding (a hostile page whose
 * name resolves to 127.0.0.1); a console bound to every interface cannot know its names, so it
 * accepts any Host and relies on the Origin check and authentication.
 */
export function allowedHosts(bindHost: string, port: number): ReadonlySet<string> | 'any' {
  if (WILDCARD_HOSTS.has(bindHost)) return 'any';
  const bound = bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost}]` : bindHost;
  return new Set([...LOOPBACK_NAMES, bound.toLowerCase()].map((name) => `${name}:${port}`));
}

/**
 * A browser request from another site must not reach the API or the live socket. Requests without
 * an Origin header come from non-browser clients (curl, the CLI) and pass the origin part; browsers
 * send one on cross-origin requests and on every WebSocket upgrade.
 */
export function isAllowedRequest(
  headers: { origin?: string | undefined; host?: string | undefined },
  hosts: ReadonlySet<string> | 'any',
): boolean {
  const host = headers.host?.toLowerCase();
  if (!host) return false;
  if (hosts !== 'any' && !hosts.has(host)) return false;
  if (headers.origin === undefined) return true;
  let origin: URL;
  try {
    origin = new URL(headers.origin);
  } catch {
    return false;
  }
  return (origin.protocol === 'http:' || origin.protocol === 'https:') && origin.host === host;
}
