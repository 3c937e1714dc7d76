// Decisions for `npm start`, kept free of side effects so they can be tested one by one.
import { join } from 'node:path';

/**
 * Where the Electron executable is, found the way node_modules/electron/index.js finds it but
 * without its side effect: from electron 45 on, `require('electron')` in plain Node *downloads* the
 * binary when it is missing (a blocking spawnSync of install.js that can hang on a closed network).
 * So we never require it; we read path.txt and look at the file.
 *
 * @param {{ electronDir: string, env: Record<string, string | undefined>, exists: (path: string) => boolean, readText: (path: string) => string | null }} input
 * @returns {{ available: true, path: string } | { available: false, reason: string }}
 */
export function electronBinary({ electronDir, env, exists, readText }) {
  if (!exists(join(electronDir, 'package.json'))) {
    return { available: false, reason: 'the electron package is not installed (a production install leaves it out)' };
  }
  const pathText = readText(join(electronDir, 'path.txt'));
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, pathText || 'electron');
    return exists(candidate)
      ? { available: true, path: candidate }
      : { available: false, reason: `ELECTRON_OVERRIDE_DIST_PATH points at ${candidate}, which does not exist` };
  }
  if (!pathText) {
    return {
      available: false,
      reason: 'the Electron binary was never downloaded (node_modules/electron/path.txt is missing)',
    };
  }
  const candidate = join(electronDir, 'dist', pathText);
  return exists(candidate)
    ? { available: true, path: candidate }
    : { available: false, reason: `the Electron binary is missing (${candidate})` };
}

/**
 * Whether a window can be shown: Linux and the BSDs need an X11 or Wayland display; macOS and
 * Windows always have one for an interactive user.
 *
 * @param {string} platform
 * @param {Record<string, string | undefined>} env
 */
export function hasDisplay(platform, env) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** @param {string} reason */
export function fallbackMessage(reason) {
  return (
    `Watchfloor: not starting the desktop window because ${reason}. ` +
    'The Electron binary is downloaded from outside the npm registry on first launch, which is not possible on every machine. ' +
    'Serving the same console instead: it is the exact app the desktop window would show, open it in a browser at the address printed below ' +
    '(`watchfloor serve`; stop it with Ctrl+C).\n'
  );
}

/**
 * @typedef {{ mode: 'electron', command: string, args: string[] }} ElectronPlan
 * @typedef {{ mode: 'serve', command: string, args: string[], openBrowser: boolean, message: string }} ServePlan
 */

/**
 * @param {{ binary: ReturnType<typeof electronBinary>, platform: string, env: Record<string, string | undefined>, args: string[], root: string, nodePath: string }} input
 * @returns {ElectronPlan | ServePlan}
 */
export function planStart({ binary, platform, env, args, root, nodePath }) {
  const display = hasDisplay(platform, env);
  let reason = null;
  if (env.WATCHFLOOR_NO_ELECTRON === '1') reason = 'WATCHFLOOR_NO_ELECTRON=1 is set';
  else if (!binary.available) reason = binary.reason;
  else if (!display) reason = 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';

  if (reason === null && binary.available) return { mode: 'electron', command: binary.path, args: [root, ...args] };
  return serveFallback(reason ?? 'the desktop app is unavailable', { platform, env, args, root, nodePath });
}

/**
 * @param {string} reason
 * @param {{ platform: string, env: Record<string, string | undefined>, args: string[], root: string, nodePath: string }} input
 * @returns {ServePlan}
 */
export function serveFallback(reason, { platform, env, args, root, nodePath }) {
  return {
    mode: 'serve',
    command: nodePath,
    args: [join(root, 'bin', 'watchfloor.js'), 'serve', ...args],
    openBrowser: hasDisplay(platform, env),
    message: fallbackMessage(reason),
  };
}

/**
 * An Electron that exits with an error right away never showed a window (missing system libraries,
 * a broken GPU stack, no sandbox helper). Then we serve instead, so `npm start` never just fails.
 */
export const ELECTRON_EARLY_FAILURE_MS = 5000;

/**
 * @param {number | null} code
 * @param {number} elapsedMs
 */
export function electronFailedEarly(code, elapsedMs) {
  return code !== null && code !== 0 && elapsedMs < ELECTRON_EARLY_FAILURE_MS;
}

const CONSOLE_LINE = /^Watchfloor console: (\S+)\s*$/;

/**
 * The URL from the line `watchfloor serve` prints once it listens; only http(s), so nothing else
 * the server prints can make us hand an arbitrary string to the OS opener.
 *
 * @param {string} line
 * @returns {string | null}
 */
export function consoleUrlFromLine(line) {
  const match = CONSOLE_LINE.exec(line);
  if (!match || !match[1]) return null;
  try {
    const url = new URL(match[1]);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * How to open a URL in the user's browser. No shell is involved: the URL is one argv element.
 *
 * @param {string} platform
 * @param {string} url
 * @returns {{ command: string, args: string[] }}
 */
export function browserCommand(platform, url) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // explorer.exe hands a URL to the default browser without cmd.exe's `&` and `^` parsing.
  if (platform === 'win32') return { command: 'explorer.exe', args: [url] };
  return { command: 'xdg-open', args: [url] };
}
