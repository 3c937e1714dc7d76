import { isConsoleUrl } from './origin.js';

export type NavigationEvent = { url: string; preventDefault(): void };
type Warn = (message: string) => void;

/**
 * Listener for will-navigate, will-frame-navigate and will-redirect: the window only ever shows the
 * console. Anything else (a link in a device's detail text, a redirect the core did not mean) is
 * refused rather than opened, because the window has a preload API.
 */
export function navigationGuard(consoleOrigin: () => string | null, warn: Warn): (event: NavigationEvent) => void {
  return (event) => {
    if (isConsoleUrl(event.url, consoleOrigin())) return;
    event.preventDefault();
    warn(`blocked navigation to ${JSON.stringify(event.url.slice(0, 200))}`);
  };
}

/** will-attach-webview: webviewTag is off, so this should never fire; if it does, refuse it. */
export function refuseWebview(warn: Warn): (event: { preventDefault(): void }) => void {
  return (event) => {
    event.preventDefault();
    warn('blocked a <webview>');
  };
}
