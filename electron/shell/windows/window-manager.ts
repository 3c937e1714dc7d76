import { dialog, screen, type BrowserWindow } from 'electron';
import type { CoreStatus } from '../core/status.js';
import { displayForSecondWindow, type SavedWindowState } from './bounds.js';
import { openConsoleWindow, type ConsoleWindow } from './console-window.js';
import { readWindowStates, writeWindowStates, type WindowRole, type WindowStates } from './window-state-store.js';

export type WindowManagerOptions = {
  preloadPath: string;
  version: string;
  iconPath: string;
  logDir: string;
  statePath: string;
  kiosk: boolean;
  /** Map on one monitor, alarm queue on the other. */
  secondWindow: boolean;
  warn(message: string): void;
  /** The desk console is the main window: closing it ends the app. */
  onMainClosed(): void;
};

export type WindowManager = {
  openMain(): void;
  openSecond(): void;
  focusMain(): void;
  showStatus(status: CoreStatus): void;
  /** Ids of the WebContents we created: the only ones whose IPC main will consider. */
  ownWebContentsIds(): ReadonlySet<number>;
  /** Set while quitting so closing windows does not ask again. */
  setQuitting(): void;
};

export function createWindowManager(options: WindowManagerOptions): WindowManager {
  let states: WindowStates = readWindowStates(options.statePath, options.warn);
  const windows = new Map<WindowRole, ConsoleWindow>();
  let status: CoreStatus = { state: 'starting' };
  let quitting = false;

  const remember = (role: WindowRole) => (state: SavedWindowState) => {
    states = { ...states, [role]: state };
    try {
      writeWindowStates(options.statePath, states);
    } catch (error) {
      options.warn(`could not save window positions: ${String(error)}`);
    }
  };

  // Closing the main window stops the desk from receiving alarms; that deserves one question.
  const confirmMainClose = (window: BrowserWindow) =>
    quitting ||
    dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep open', 'Close Watchfloor'],
      defaultId: 0,
      cancelId: 0,
      message: 'Close Watchfloor?',
      detail: 'This desk will stop showing and sounding alarms until Watchfloor is started again.',
    }) === 1;

  const open = (role: WindowRole) => {
    const existing = windows.get(role);
    if (existing && !existing.window.isDestroyed()) return existing.focus();
    const mainDisplay = screen.getPrimaryDisplay();
    const mainWindow = windows.get('main');
    const mainDisplayId =
      mainWindow && !mainWindow.window.isDestroyed()
        ? screen.getDisplayMatching(mainWindow.window.getBounds()).id
        : mainDisplay.id;
    const all = screen.getAllDisplays().map(({ id, workArea }) => ({ id, workArea }));
    const created = openConsoleWindow({
      view: role === 'second' ? 'map' : options.secondWindow ? 'queue' : null,
      kiosk: options.kiosk,
      preloadPath: options.preloadPath,
      version: options.version,
      iconPath: options.iconPath,
      logDir: options.logDir,
      saved: states[role],
      fallbackDisplay:
        role === 'second'
          ? displayForSecondWindow(all, mainDisplayId)
          : { id: mainDisplay.id, workArea: mainDisplay.workArea },
      onStateChange: remember(role),
      confirmClose: role === 'main' ? confirmMainClose : () => true,
    });
    windows.set(role, created);
    created.window.on('closed', () => {
      windows.delete(role);
      if (role === 'main') options.onMainClosed();
    });
    created.show(status);
  };

  return {
    openMain: () => {
      open('main');
      if (options.secondWindow) open('second');
    },
    openSecond: () => open('second'),
    focusMain: () => windows.get('main')?.focus(),
    showStatus(next) {
      status = next;
      for (const window of windows.values()) window.show(next);
    },
    ownWebContentsIds: () =>
      new Set(
        [...windows.values()]
          .filter((entry) => !entry.window.isDestroyed())
          .map((entry) => entry.window.webContents.id),
      ),
    setQuitting: () => {
      quitting = true;
    },
  };
}
