import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { consoleCsp } from '../../../../electron/shell/security/csp.js';
import { hardenSession, hardenWebContents, type HardenContext } from '../../../../electron/shell/security/harden.js';

const ORIGIN = 'http://127.0.0.1:4780';
type Listener = (...args: unknown[]) => void;

/** Records what the wiring registers; a real Session/WebContents cannot exist outside Electron. */
function recorder() {
  const listeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const record = (name: string) => (handler: Listener) => void handlers.set(name, handler);
  const target = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return target;
    },
    setWindowOpenHandler: record('windowOpen'),
    setPermissionRequestHandler: record('permissionRequest'),
    setPermissionCheckHandler: record('permissionCheck'),
    setDevicePermissionHandler: record('devicePermission'),
    setDisplayMediaRequestHandler: record('displayMedia'),
    webRequest: { onHeadersReceived: record('headers') },
  };
  const call = (map: Map<string, Listener>, name: string, ...args: unknown[]) => {
    const fn = map.get(name);
    if (!fn) throw new Error(`${name} was not registered`);
    return fn(...args);
  };
  return {
    // The fakes implement only what the wiring touches; the cast is confined to here.
    asContents: () => target as unknown as WebContents,
    asSession: () => target as unknown as Session,
    emit: (event: string, ...args: unknown[]) => call(listeners, event, ...args),
    handle: (name: string, ...args: unknown[]) => call(handlers, name, ...args),
  };
}

const context = (): HardenContext => ({
  consoleOrigin: () => ORIGIN,
  openExternal: vi.fn(() => Promise.resolve()),
  warn: vi.fn(),
});
const navEvent = (url: string, isMainFrame = true) => ({ url, isMainFrame, preventDefault: vi.fn() });

describe('hardenWebContents', () => {
  it('guards main-frame navigation, redirects and subframe navigation', () => {
    const fake = recorder();
    hardenWebContents(fake.asContents(), context());
    for (const event of ['will-navigate', 'will-redirect']) {
      const evil = navEvent('https://evil.example/');
      fake.emit(event, evil);
      expect(evil.preventDefault, event).toHaveBeenCalled();
    }
    const subframe = navEvent('https://evil.example/', false);
    fake.emit('will-frame-navigate', subframe);
    expect(subframe.preventDefault).toHaveBeenCalled();
  });

  it('leaves main-frame checks to will-navigate so a blocked URL is logged once', () => {
    const fake = recorder();
    const ctx = context();
    hardenWebContents(fake.asContents(), ctx);
    const main = navEvent('https://evil.example/', true);
    fake.emit('will-frame-navigate', main);
    expect(main.preventDefault).not.toHaveBeenCalled();
    expect(ctx.warn).not.toHaveBeenCalled();
  });

  it('refuses webviews and denies window.open', () => {
    const fake = recorder();
    hardenWebContents(fake.asContents(), context());
    const attach = { preventDefault: vi.fn() };
    fake.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    expect(fake.handle('windowOpen', { url: 'http://127.0.0.1:4780/?view=map' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('answers permission requests and checks from the pure rule', () => {
    const fake = recorder();
    hardenSession(fake.asSession(), context());
    const callback = vi.fn();
    fake.handle('permissionRequest', null, 'media', callback, { requestingUrl: `${ORIGIN}/`, isMainFrame: true });
    fake.handle('permissionRequest', null, 'clipboard-sanitized-write', callback, {
      requestingUrl: `${ORIGIN}/`,
      isMainFrame: true,
    });
    expect(callback.mock.calls).toEqual([[false], [true]]);
    expect(fake.handle('permissionCheck', null, 'notifications', ORIGIN, { isMainFrame: true })).toBe(false);
    expect(fake.handle('permissionCheck', null, 'clipboard-sanitized-write', ORIGIN, { isMainFrame: true })).toBe(true);
  });

  it('refuses devices, screen capture and device pickers', () => {
    const fake = recorder();
    hardenSession(fake.asSession(), context());
    expect(fake.handle('devicePermission', { deviceType: 'usb' })).toBe(false);
    const capture = vi.fn();
    fake.handle('displayMedia', {}, capture);
    expect(capture).toHaveBeenCalledWith(null);
    for (const [event, expected] of [
      ['select-hid-device', [null]],
      ['select-serial-port', ['']],
      ['select-usb-device', []],
    ] as const) {
      const pick = vi.fn();
      const prevent = vi.fn();
      if (event === 'select-serial-port') fake.emit(event, { preventDefault: prevent }, [], null, pick);
      else fake.emit(event, { preventDefault: prevent }, {}, pick);
      expect(prevent, event).toHaveBeenCalled();
      expect(pick, event).toHaveBeenCalledWith(...expected);
    }
  });

  it('adds the CSP to console responses', () => {
    const fake = recorder();
    hardenSession(fake.asSession(), context());
    const callback = vi.fn();
    fake.handle('headers', { url: `${ORIGIN}/`, responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [consoleCsp(ORIGIN)] } });
  });
});
