import { isConsoleUrl } from './origin.js';

/**
 * What the console page may use. Copying an alarm or incident reference into a ticket is a real desk
 * task; everything else is refused: OS notifications go through the preload API so main applies the
 * notification rule, media/geolocation/devices have no use here, and fullscreen belongs to kiosk mode.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export type PermissionQuery = {
  permission: string;
  /** The requesting frame's URL or origin, as Electron reports it; absent for service workers. */
  requestingUrl: string | undefined;
  isMainFrame: boolean;
};

export function isPermissionAllowed(query: PermissionQuery, consoleOrigin: string | null): boolean {
  if (!ALLOWED_PERMISSIONS.has(query.permission)) return false;
  if (!query.isMainFrame || query.requestingUrl === undefined) return false;
  return isConsoleUrl(query.requestingUrl, consoleOrigin);
}
