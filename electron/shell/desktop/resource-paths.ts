import { join } from 'node:path';

/** better-sqlite3's nativeBinding override; the core's database opener reads it. */
export const SQLITE_BINDING_ENV = 'WATCHFLOOR_SQLITE_BINDING';

export type AppLocation = {
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** app.getAppPath(): the repo root in development. */
  appPath: string;
};

/**
 * Files that live outside dist/ (and, packaged, outside app.asar): the Electron-ABI SQLite binding
 * and the icons. Packaged they are extraResources; in development they sit in the repo.
 */
export function resourcePaths(location: AppLocation) {
  if (location.isPackaged) {
    return {
      sqliteBinding: join(location.resourcesPath, 'native', 'better_sqlite3.node'),
      windowIcon: join(location.resourcesPath, 'icons', 'icon.png'),
      trayIcon: join(location.resourcesPath, 'icons', 'tray.png'),
    };
  }
  return {
    sqliteBinding: join(location.appPath, 'native', 'electron', 'better_sqlite3.node'),
    windowIcon: join(location.appPath, 'build', 'icons', 'icon.png'),
    trayIcon: join(location.appPath, 'build', 'icons', 'tray.png'),
  };
}

export type SqliteBindingChoice = { env: string | undefined; note: string | null };

/**
 * Which better_sqlite3.node the core should load. An administrator's explicit setting wins; then the
 * Electron-ABI build we ship or built; with neither, the core falls back to node_modules, which was
 * compiled for plain Node and fails to load under Electron with a NODE_MODULE_VERSION error — the
 * note says what to do about it.
 */
export function chooseSqliteBinding(
  env: Record<string, string | undefined>,
  candidate: string,
  exists: (path: string) => boolean,
): SqliteBindingChoice {
  const configured = env[SQLITE_BINDING_ENV];
  if (configured) return { env: configured, note: null };
  if (exists(candidate)) return { env: candidate, note: null };
  return {
    env: undefined,
    note: `no Electron build of better-sqlite3 at ${candidate}; the core will try node_modules (built for Node) — see docs/desktop.md, "Native module"`,
  };
}
