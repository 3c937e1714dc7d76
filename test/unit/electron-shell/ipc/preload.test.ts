import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreStatus } from '../../../../electron/shell/core/status.js';
import { DESKTOP_API_GLOBAL, IPC_CHANNELS } from '../../../../electron/shell/ipc/channels.js';
import type { DesktopApi } from '../../../../electron/shell/ipc/desktop-api.js';
import { VERSION_ARGUMENT } from '../../../../electron/shell/security/web-preferences.js';

vi.mock('electron', () => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      send: vi.fn(),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) =>
        listeners.get(channel)?.delete(listener),
      ),
      emitFromMain: (channel: string, ...args: unknown[]) =>
        listeners.get(channel)?.forEach((listener) => listener(...args)),
      listenerCount: (channel: string) => listeners.get(channel)?.size ?? 0,
    },
  };
});
const electron = await import('electron');
// The mock's extra helpers, typed for the test.
const ipc = electron.ipcRenderer as typeof electron.ipcRenderer & {
  emitFromMain(channel: string, ...args: unknown[]): void;
  listenerCount(channel: string): number;
};

const source = readFileSync(fileURLToPath(new URL('../../../../electron/preload.cts', import.meta.url)), 'utf8');
const compiled = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
}).outputText;

/**
 * Runs the preload the way Electron runs a sandboxed one: as a function body whose `require` knows
 * only a handful of modules. Anything else (a relative import, fs) throws here as it would there.
 */
function runSandboxedPreload(argv: string[]): DesktopApi {
  const required: string[] = [];
  const require = (id: string) => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`module not found in sandbox: ${id}`);
  };
  const module = { exports: {} };
  new Function('require', 'process', 'module', 'exports', compiled)(require, { argv }, module, module.exports);
  expect(required).toEqual(['electron']);
  const call = vi.mocked(electron.contextBridge.exposeInMainWorld).mock.calls.at(-1);
  if (!call) throw new Error('preload exposed nothing');
  expect(call[0]).toBe(DESKTOP_API_GLOBAL);
  return call[1] as DesktopApi;
}

describe('preload', () => {
  beforeEach(() => vi.clearAllMocks());

  it('runs in a sandbox with nothing but electron, and exposes exactly the desktop API', () => {
    const api = runSandboxedPreload([]);
    expect(Object.keys(api).sort()).toEqual(['notifyAlarm', 'onCoreStatus', 'setAlarmCount', 'version']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  });

  it('never hands ipcRenderer (or anything holding it) to the page', () => {
    const api = runSandboxedPreload([]);
    const reachable: unknown[] = [...Object.values(api), api.onCoreStatus(() => {})];
    expect(reachable).not.toContain(electron.ipcRenderer);
    expect(reachable.some((value) => value === ipc.send || value === ipc.on)).toBe(false);
  });

  it('reads the version from the argument main passes', () => {
    expect(runSandboxedPreload(['/electron', `${VERSION_ARGUMENT}1.4.0`]).version).toBe('1.4.0');
    expect(runSandboxedPreload(['/electron']).version).toBe('unknown');
  });

  it('sends only on the allow-listed channels', () => {
    const api = runSandboxedPreload([]);
    api.setAlarmCount(3);
    api.notifyAlarm({ alarmId: 1, priority: 1, title: 'Panic', body: 'Reception' });
    expect(vi.mocked(ipc.send).mock.calls).toEqual([
      [IPC_CHANNELS.setAlarmCount, 3],
      [IPC_CHANNELS.notifyAlarm, { alarmId: 1, priority: 1, title: 'Panic', body: 'Reception' }],
    ]);
  });

  it('delivers core status without the IPC event, and unsubscribes once', () => {
    const api = runSandboxedPreload([]);
    const seen: unknown[][] = [];
    const before = ipc.listenerCount(IPC_CHANNELS.coreStatus);
    const unsubscribe = api.onCoreStatus((...args: unknown[]) => seen.push(args));
    const status: CoreStatus = { state: 'running', httpUrl: 'http://127.0.0.1:4780/' };
    ipc.emitFromMain(IPC_CHANNELS.coreStatus, { sender: electron.ipcRenderer }, status);
    expect(seen).toEqual([[status]]);
    unsubscribe();
    unsubscribe();
    ipc.emitFromMain(IPC_CHANNELS.coreStatus, {}, status);
    expect(seen).toHaveLength(1);
    expect(ipc.listenerCount(IPC_CHANNELS.coreStatus)).toBe(before);
  });

  it('caps status listeners so a leaking page cannot pile them up', () => {
    const api = runSandboxedPreload([]);
    const subscriptions = Array.from({ length: 8 }, () => api.onCoreStatus(() => {}));
    expect(() => api.onCoreStatus(() => {})).toThrow(/at most 8/);
    subscriptions[0]?.();
    expect(() => api.onCoreStatus(() => {})).not.toThrow();
  });

  it('refuses a non-function listener', () => {
    const api = runSandboxedPreload([]);
    // @ts-expect-error -- what a careless or hostile page might pass
    expect(() => api.onCoreStatus('alert(1)')).toThrow(TypeError);
  });
});
