import { app } from 'electron';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { autostartDesktopEntry } from './autostart-entry.js';

export type StartAtLogin = { supported: boolean; enabled(): boolean; set(enabled: boolean): void };

/**
 * Start the desk console when the guard's session starts. macOS and Windows use the OS login items;
 * Linux gets an XDG autostart file. Only for an installed app: in development the executable is the
 * bare Electron binary, which would start without our app.
 */
export function startAtLogin(args: readonly string[], env: Record<string, string | undefined>): StartAtLogin {
  if (!app.isPackaged) return { supported: false, enabled: () => false, set: () => {} };
  if (process.platform !== 'linux') {
    return {
      supported: true,
      enabled: () => app.getLoginItemSettings({ args: [...args] }).openAtLogin,
      set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, args: [...args] }),
    };
  }
  const file = join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'autostart', 'watchfloor.desktop');
  // An AppImage runs from a temporary mount; APPIMAGE is the file the guard actually has.
  const executable = env.APPIMAGE ?? process.execPath;
  return {
    supported: true,
    enabled: () => existsSync(file),
    set: (enabled) => {
      if (!enabled) return rmSync(file, { force: true });
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, autostartDesktopEntry(executable, args));
    },
  };
}
