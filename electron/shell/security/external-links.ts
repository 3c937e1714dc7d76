import { isConsoleUrl } from './origin.js';

/** Longer than any honest link; a cap keeps the log readable and the OS handler's input bounded. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * Which link may be handed to the system browser via shell.openExternal. Only http(s): other schemes
 * reach OS protocol handlers (file:, smb: leaking NTLM hashes, ms-msdt:, custom app schemes) and are
 * the usual road from "open a link" to code execution. Returns the normalised href, so the string we
 * validated is exactly the string the OS receives; null means "do not open".
 */
export function externalLinkToOpen(candidate: string, consoleOrigin: string | null): string | null {
  if (candidate.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  // A console page opened in the system browser would be a second, unmanaged seat.
  if (isConsoleUrl(url.href, consoleOrigin)) return null;
  return url.href;
}

export type WindowOpenDetails = { url: string };
export type WindowOpenResponse = { action: 'deny' };

/** setWindowOpenHandler: no new Electron windows ever; a checked http(s) link goes to the system browser. */
export function windowOpenHandler(
  consoleOrigin: () => string | null,
  openExternal: (url: string) => Promise<void>,
  warn: (message: string) => void,
): (details: WindowOpenDetails) => WindowOpenResponse {
  return ({ url }) => {
    const target = externalLinkToOpen(url, consoleOrigin());
    if (target === null) {
      warn(`refused to open ${JSON.stringify(url.slice(0, 200))}`);
    } else {
      openExternal(target).catch((error: unknown) => warn(`could not open ${target} in the browser: ${String(error)}`));
    }
    return { action: 'deny' };
  };
}
