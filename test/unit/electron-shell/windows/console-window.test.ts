import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Just enough of BrowserWindow for console-window.ts; each instance is kept for inspection. */
class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  url = '';
  destroyed = false;
  readonly webContents = Object.assign(new EventEmitter(), {
    id: 1,
    send: vi.fn(),
    getURL: () => this.url,
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeWindow.created.push(this);
  }
  loadURL = vi.fn((url: string) => {
    this.url = url;
    return Promise.resolve();
  });
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  isMaximized = () => false;
  maximize = vi.fn();
  getNormalBounds = () => ({ x: 10, y: 20, width: 1200, height: 800 });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  screen: {
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getDisplayMatching: () => ({ id: 1 }),
  },
}));

const { openConsoleWindow } = await import('../../../../electron/shell/windows/console-window.js');
const { IPC_CHANNELS } = await import('../../../../electron/shell/ipc/channels.js');

function open(overrides: Partial<Parameters<typeof openConsoleWindow>[0]> = {}) {
  const onStateChange = vi.fn();
  const handle = openConsoleWindow({
    view: 'queue',
    kiosk: false,
    preloadPath: '/app/dist/electron/preload.cjs',
    version: '0.1.0',
    iconPath: '/app/icon.png',
    logDir: '/logs',
    saved: undefined,
    fallbackDisplay: { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
    onStateChange,
    confirmClose: () => true,
    ...overrides,
  });
  const window = FakeWindow.created.at(-1) ?? expect.fail('no window');
  return { handle, window, onStateChange };
}

describe('openConsoleWindow', () => {
  beforeEach(() => {
    FakeWindow.created = [];
  });

  it('creates the window with the secure preferences, hidden until ready', () => {
    const { window } = open({ kiosk: true });
    expect(window.options).toMatchObject({
      show: false,
      kiosk: true,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        preload: '/app/dist/electron/preload.cjs',
      },
    });
  });

  it('shows the status page until the core runs, then the console in its view', () => {
    const { handle, window } = open();
    handle.show({ state: 'starting' });
    expect(window.url.startsWith('data:text/html')).toBe(true);
    handle.show({ state: 'running', httpUrl: 'http://127.0.0.1:4780/' });
    expect(window.url).toBe('http://127.0.0.1:4780/?view=queue');
  });

  it('does not reload a console that is already showing', () => {
    const { handle, window } = open();
    handle.show({ state: 'running', httpUrl: 'http://127.0.0.1:4780/' });
    handle.show({ state: 'running', httpUrl: 'http://127.0.0.1:4780/' });
    expect(window.loadURL).toHaveBeenCalledTimes(1);
  });

  it('tells the page, then replaces it with the status page, when the core stops', () => {
    const { handle, window } = open();
    handle.show({ state: 'running', httpUrl: 'http://127.0.0.1:4780/' });
    const restarting = { state: 'restarting', attempt: 1, delayMs: 500, reason: 'exited' } as const;
    handle.show(restarting);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.coreStatus, restarting);
    expect(decodeURIComponent(window.url)).toContain('alarms are NOT being received');
  });

  it('sends the current status to every page that finishes loading', () => {
    const { handle, window } = open();
    handle.show({ state: 'running', httpUrl: 'http://127.0.0.1:4780/' });
    window.webContents.emit('did-finish-load');
    expect(window.webContents.send).toHaveBeenLastCalledWith(IPC_CHANNELS.coreStatus, {
      state: 'running',
      httpUrl: 'http://127.0.0.1:4780/',
    });
  });

  it('keeps the window open when the guard cancels closing', () => {
    const { window } = open({ confirmClose: () => false });
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('saves the position and display when the window closes', () => {
    const { window, onStateChange } = open();
    window.emit('close', { preventDefault: vi.fn() });
    expect(onStateChange).toHaveBeenCalledWith({
      displayId: 1,
      bounds: { x: 10, y: 20, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('does not record kiosk geometry as the normal window position', () => {
    const { window, onStateChange } = open({ kiosk: true });
    window.emit('close', { preventDefault: vi.fn() });
    expect(onStateChange).not.toHaveBeenCalled();
  });
});
