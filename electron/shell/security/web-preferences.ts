import type { WebPreferences } from 'electron';
import { isAbsolute } from 'node:path';

/** Passed to the renderer's argv so the sandboxed preload can expose the version without fs access. */
export const VERSION_ARGUMENT = '--watchfloor-version=';

/**
 * Every console window uses exactly these. Values that Electron already defaults are still spelled
 * out so a reader (and the test) sees the whole security posture in one place.
 */
export function secureWebPreferences(preloadPath: string, version: string): WebPreferences {
  if (!isAbsolute(preloadPath)) throw new Error(`preload path must be absolute, got ${preloadPath}`);
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // A new alarm must sound even if nobody has clicked the window since it opened.
    autoplayPolicy: 'no-user-gesture-required',
    // An occluded or minimised console must still process alarms and play sounds on time.
    backgroundThrottling: false,
    additionalArguments: [`${VERSION_ARGUMENT}${version}`],
  } satisfies WebPreferences;
}
