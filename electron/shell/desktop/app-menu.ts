import { Menu, type MenuItemConstructorOptions } from 'electron';

export type MenuActions = { openSecondWindow(): void; restartCore(): void; openLogs(): void; quit(): void };

/**
 * A small menu a guard can use; developer tools only in an unpackaged build. In kiosk mode there is
 * no menu at all, so the shortcuts behind it (reload, devtools, zoom) are gone too.
 */
export function installAppMenu(actions: MenuActions, options: { kiosk: boolean; developer: boolean }): void {
  if (options.kiosk) {
    Menu.setApplicationMenu(null);
    return;
  }
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.developer) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
      {
        label: 'Console',
        submenu: [
          { label: 'Open second window (map)', click: actions.openSecondWindow },
          { label: 'Restart console', click: actions.restartCore },
          { label: 'Open log folder', click: actions.openLogs },
          { type: 'separator' },
          { label: 'Quit Watchfloor', accelerator: 'CmdOrCtrl+Q', click: actions.quit },
        ],
      },
      { label: 'View', submenu: view },
      { role: 'editMenu' },
    ]),
  );
}
