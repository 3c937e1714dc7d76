import { app, Menu, nativeImage, Tray } from 'electron';
import type { CoreStatus } from '../core/status.js';
import { trayTitle, trayTooltip } from './tray-label.js';

export type TrayActions = {
  showConsole(): void;
  openSecondWindow(): void;
  restartCore(): void;
  openLogs(): void;
  quit(): void;
  startAtLogin: { supported: boolean; enabled(): boolean; set(enabled: boolean): void };
};

export type DesktopTray = { setAlarmCount(count: number): void; setCoreStatus(status: CoreStatus): void };

/**
 * Tray icon with the open-alarm count (tooltip everywhere, title on macOS, badge where the OS has
 * one). A desktop without a tray (some Linux setups) still gets the badge and the window.
 */
export function createDesktopTray(
  iconPath: string,
  actions: TrayActions,
  warn: (message: string) => void,
): DesktopTray {
  let count = 0;
  let core: CoreStatus = { state: 'starting' };
  let tray: Tray | null = null;
  try {
    tray = new Tray(nativeImage.createFromPath(iconPath));
    tray.on('click', actions.showConsole);
  } catch (error) {
    warn(`no tray icon: ${String(error)}`);
  }

  const refresh = () => {
    app.setBadgeCount(count);
    if (!tray) return;
    tray.setToolTip(trayTooltip(count, core));
    if (process.platform === 'darwin') tray.setTitle(trayTitle(count));
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: trayTooltip(count, core), enabled: false },
        { type: 'separator' },
        { label: 'Show console', click: actions.showConsole },
        { label: 'Open second window', click: actions.openSecondWindow },
        { label: 'Restart console', click: actions.restartCore, enabled: core.state === 'stopped' },
        { label: 'Open log folder', click: actions.openLogs },
        {
          label: 'Start at login',
          type: 'checkbox',
          visible: actions.startAtLogin.supported,
          checked: actions.startAtLogin.enabled(),
          click: (item) => actions.startAtLogin.set(item.checked),
        },
        { type: 'separator' },
        { label: 'Quit Watchfloor', click: actions.quit },
      ]),
    );
  };
  refresh();

  return {
    setAlarmCount(next) {
      count = next;
      refresh();
    },
    setCoreStatus(status) {
      core = status;
      refresh();
    },
  };
}
