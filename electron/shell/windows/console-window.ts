import { BrowserWindow, screen } from 'electron';
import type { CoreStatus } from '../core/status.js';
import { IPC_CHANNELS } from '../ipc/channels.js';
import { secureWebPreferences } from '../security/web-preferences.js';
import { MIN_WINDOW_SIZE, restoreBounds, type DisplayArea, type Rect, type SavedWindowState } from './bounds.js';
import { statusPageUrl } from './status-page.js';
import { viewUrl, type ConsoleView } from './views.js';

export type ConsoleWindowOptions = {
  view: ConsoleView | null;
  kiosk: boolean;
  preloadPath: string;
  version: string;
  iconPath: string;
  logDir: string;
  saved: SavedWindowState | undefined;
  /** Where to put the window when there are no usable saved bounds. */
  fallbackDisplay: DisplayArea | undefined;
  onStateChange(state: SavedWindowState): void;
  /** Return false to keep the window open (the guard cancelled). */
  confirmClose(window: BrowserWindow): boolean;
};

export type ConsoleWindow = {
  readonly window: BrowserWindow;
  show(status: CoreStatus): void;
  focus(): void;
};

/** Saving on every pixel of a drag is pointless; the last position after a pause is what matters. */
const SAVE_DELAY_MS = 1000;

function displays(): DisplayArea[] {
  return screen.getAllDisplays().map(({ id, workArea }) => ({ id, workArea }));
}

function centredIn(area: Rect): Rect {
  const width = Math.min(1600, area.width);
  const height = Math.min(1000, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

export function openConsoleWindow(options: ConsoleWindowOptions): ConsoleWindow {
  const restored = restoreBounds(options.saved, displays());
  const bounds = restored ?? (options.fallbackDisplay ? centredIn(options.fallbackDisplay.workArea) : undefined);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    kiosk: options.kiosk,
    backgroundColor: '#101722',
    icon: options.iconPath,
    title: 'Watchfloor',
    webPreferences: secureWebPreferences(options.preloadPath, options.version),
  });
  if (restored && options.saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let latest: CoreStatus = { state: 'starting' };
  let saveTimer: NodeJS.Timeout | null = null;
  const saveState = () => {
    if (window.isDestroyed() || window.isMinimized() || options.kiosk) return;
    const normal = window.getNormalBounds();
    options.onStateChange({
      displayId: screen.getDisplayMatching(normal).id,
      bounds: normal,
      maximized: window.isMaximized(),
    });
  };
  const scheduleSave = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, SAVE_DELAY_MS);
  };
  window.on('move', scheduleSave);
  window.on('resize', scheduleSave);
  window.on('close', (event) => {
    if (!options.confirmClose(window)) {
      event.preventDefault();
      return;
    }
    if (saveTimer) clearTimeout(saveTimer);
    saveState();
  });
  // The page asks for nothing; it is told the core's state whenever it (re)loads.
  window.webContents.on('did-finish-load', () => window.webContents.send(IPC_CHANNELS.coreStatus, latest));

  return {
    window,
    show(status) {
      latest = status;
      if (window.isDestroyed()) return;
      if (status.state === 'running') {
        const target = viewUrl(status.httpUrl, options.view);
        if (window.webContents.getURL() !== target) void window.loadURL(target).catch(() => {});
        else window.webContents.send(IPC_CHANNELS.coreStatus, status);
        return;
      }
      window.webContents.send(IPC_CHANNELS.coreStatus, status);
      void window.loadURL(statusPageUrl(status, options.logDir)).catch(() => {});
    },
    focus() {
      if (window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
  };
}
