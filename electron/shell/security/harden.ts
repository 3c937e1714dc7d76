import type { Session, WebContents } from 'electron';
import { withConsoleCsp } from './csp.js';
import { windowOpenHandler } from './external-links.js';
import { navigationGuard, refuseWebview } from './navigation-guard.js';
import { isPermissionAllowed } from './permissions.js';

export type HardenContext = {
  consoleOrigin: () => string | null;
  openExternal: (url: string) => Promise<void>;
  warn: (message: string) => void;
};

/** Session-wide rules: permissions, devices, screen capture, and our CSP on console responses. */
export function hardenSession(session: Session, context: HardenContext): void {
  const { consoleOrigin, warn } = context;
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(
      { permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame },
      consoleOrigin(),
    );
    if (!allowed) warn(`denied permission request ${permission} from ${details.requestingUrl}`);
    callback(allowed);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(
      { permission, requestingUrl: details.requestingUrl ?? requestingOrigin, isMainFrame: details.isMainFrame },
      consoleOrigin(),
    ),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withConsoleCsp(details.url, details.responseHeaders, consoleOrigin()) });
  });
}

/** Per-contents rules, applied to every WebContents the app ever creates (app 'web-contents-created'). */
export function hardenWebContents(contents: WebContents, context: HardenContext): void {
  const guard = navigationGuard(context.consoleOrigin, context.warn);
  contents.on('will-navigate', guard);
  // will-navigate covers the main frame; this adds subframes, which CSP already limits to 'self'.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) guard(event);
  });
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', refuseWebview(context.warn));
  contents.setWindowOpenHandler(windowOpenHandler(context.consoleOrigin, context.openExternal, context.warn));
}
