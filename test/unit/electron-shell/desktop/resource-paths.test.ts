import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseSqliteBinding,
  resourcePaths,
  SQLITE_BINDING_ENV,
} from '../../../../electron/shell/desktop/resource-paths.js';

describe('resourcePaths', () => {
  it('uses extraResources when packaged', () => {
    const paths = resourcePaths({
      isPackaged: true,
      resourcesPath: '/opt/Watchfloor/resources',
      appPath: '/opt/Watchfloor/resources/app.asar',
    });
    expect(paths.sqliteBinding).toBe(join('/opt/Watchfloor/resources', 'native', 'better_sqlite3.node'));
    expect(paths.trayIcon).toBe(join('/opt/Watchfloor/resources', 'icons', 'tray.png'));
  });

  it('uses the repo in development', () => {
    const paths = resourcePaths({ isPackaged: false, resourcesPath: '/x', appPath: '/repo' });
    expect(paths.sqliteBinding).toBe(join('/repo', 'native', 'electron', 'better_sqlite3.node'));
    expect(paths.windowIcon).toBe(join('/repo', 'build', 'icons', 'icon.png'));
  });
});

describe('chooseSqliteBinding', () => {
  it('is named as agreed with the core', () => {
    expect(SQLITE_BINDING_ENV).toBe('WATCHFLOOR_SQLITE_BINDING');
  });

  it("keeps an administrator's explicit setting", () => {
    expect(chooseSqliteBinding({ WATCHFLOOR_SQLITE_BINDING: '/srv/b.node' }, '/c.node', () => true)).toEqual({
      env: '/srv/b.node',
      note: null,
    });
  });

  it('uses the Electron build when it exists', () => {
    expect(chooseSqliteBinding({}, '/c.node', (path) => path === '/c.node')).toEqual({ env: '/c.node', note: null });
  });

  it('falls back to node_modules with a note saying why it will probably fail', () => {
    const choice = chooseSqliteBinding({}, '/c.node', () => false);
    expect(choice.env).toBeUndefined();
    expect(choice.note).toMatch(/no Electron build of better-sqlite3 at \/c\.node/);
  });
});
