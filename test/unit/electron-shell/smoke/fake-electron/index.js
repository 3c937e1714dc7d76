// A stand-in for the 'electron' module so the compiled main process can run under plain Node in a
// test. It does what the shell relies on and reports it as JSON lines on stdout ("@@" prefix);
// utilityProcess.fork starts a real Node child with a parentPort shim, so the real host and the
// real core run. Everything else (windows, tray, menus) only records what it was asked to do.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { setImmediate } from 'node:timers';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const report = (event) => process.stdout.write(`@@${JSON.stringify(event)}\n`);
const base = process.env.FAKE_ELECTRON_HOME;

class FakeApp extends EventEmitter {
  isPackaged = false;
  requestSingleInstanceLock = () => true;
  whenReady = () => Promise.resolve();
  setAppLogsPath = () => {};
  getPath = (name) => join(base, name);
  getAppPath = () => base;
  getVersion = () => '0.0.0-smoke';
  setBadgeCount = (count) => report({ type: 'badge', count });
  getLoginItemSettings = () => ({ openAtLogin: false });
  setLoginItemSettings = () => {};
  quit = () => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    report({ type: 'quit' });
    process.exit(0);
  };
}
export const app = new FakeApp();
process.on('SIGTERM', () => app.quit());

let nextId = 1;
class FakeWebContents extends EventEmitter {
  id = nextId++;
  url = '';
  getURL = () => this.url;
  send = (channel, payload) => report({ type: 'send', id: this.id, channel, payload });
  setWindowOpenHandler = () => {};
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.webContents = new FakeWebContents();
    app.emit('web-contents-created', {}, this.webContents);
    report({ type: 'window', id: this.webContents.id, options });
    setImmediate(() => this.emit('ready-to-show'));
  }
  loadURL(url) {
    this.webContents.url = url;
    report({ type: 'load', id: this.webContents.id, url });
    setImmediate(() => this.webContents.emit('did-finish-load'));
    return Promise.resolve();
  }
  isDestroyed = () => false;
  isMinimized = () => false;
  isMaximized = () => false;
  maximize() {}
  show() {}
  focus() {}
  restore() {}
  getBounds = () => ({ x: 0, y: 0, width: 1600, height: 1000 });
  getNormalBounds = () => ({ x: 0, y: 0, width: 1600, height: 1000 });
}

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
export const screen = {
  getAllDisplays: () => [display, { id: 2, workArea: { x: 1920, y: 0, width: 1920, height: 1040 } }],
  getPrimaryDisplay: () => display,
  getDisplayMatching: () => display,
};

const recordSetter = (name) => () => report({ type: 'session', name });
export const session = {
  defaultSession: {
    setPermissionRequestHandler: recordSetter('permissionRequest'),
    setPermissionCheckHandler: recordSetter('permissionCheck'),
    setDevicePermissionHandler: recordSetter('devicePermission'),
    setDisplayMediaRequestHandler: recordSetter('displayMedia'),
    on: () => {},
    webRequest: { onHeadersReceived: recordSetter('headers') },
  },
};

export const shell = { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') };
export const ipcMain = new EventEmitter();
export const Menu = { buildFromTemplate: (template) => template, setApplicationMenu: () => report({ type: 'menu' }) };
export const nativeImage = { createFromPath: (path) => ({ path }) };
export class Tray extends EventEmitter {
  setToolTip = (text) => report({ type: 'tray', text });
  setTitle = () => {};
  setContextMenu = () => {};
}
export class Notification extends EventEmitter {
  static isSupported = () => true;
  show() {}
}
export const dialog = { showMessageBoxSync: () => 1 };

const shim = new URL('./parent-port-shim.js', import.meta.url).pathname;
export const utilityProcess = {
  fork(modulePath, args, options) {
    mkdirSync(options.cwd, { recursive: true });
    const child = spawn(process.execPath, ['--import', shim, modulePath, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    report({
      type: 'fork',
      pid: child.pid,
      modulePath,
      env: { WATCHFLOOR_SQLITE_BINDING: options.env.WATCHFLOOR_SQLITE_BINDING ?? null },
    });
    const handle = new EventEmitter();
    handle.stdout = child.stdout;
    handle.stderr = child.stderr;
    handle.postMessage = (message) => child.connected && child.send(message);
    handle.kill = () => child.kill();
    child.on('message', (message) => handle.emit('message', message));
    child.on('exit', (code, signal) => handle.emit('exit', code ?? (signal ? 128 : 0)));
    return handle;
  },
};
