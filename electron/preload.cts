/**
 * Runs sandboxed, so it is CommonJS and may require nothing but 'electron' (hence .cts and no
 * relative imports at run time: types only). It exposes DesktopApi and nothing else: the page
 * never sees ipcRenderer, an IpcRendererEvent, or any Node object.
 */
import electron = require('electron');
import type { CoreStatus } from './shell/core/status.js';
import type { DesktopApi } from './shell/ipc/desktop-api.js';
import type { DESKTOP_API_GLOBAL, IpcChannels } from './shell/ipc/channels.js';
import type { VERSION_ARGUMENT as VersionArgument } from './shell/security/web-preferences.js';

const { contextBridge, ipcRenderer } = electron;

// These restate shell constants (see the note above); each type makes tsc reject any difference.
const CHANNELS: IpcChannels = {
  coreStatus: 'watchfloor:core-status',
  setAlarmCount: 'watchfloor:set-alarm-count',
  notifyAlarm: 'watchfloor:notify-alarm',
};
const API_GLOBAL: typeof DESKTOP_API_GLOBAL = 'watchfloorDesktop';
const VERSION_ARGUMENT: typeof VersionArgument = '--watchfloor-version=';

/** A page that keeps subscribing without unsubscribing is leaking; stop it before Node warns. */
const MAX_STATUS_LISTENERS = 8;
let statusListeners = 0;

const versionArgument = process.argv.find((arg) => arg.startsWith(VERSION_ARGUMENT));

const api: DesktopApi = {
  version: versionArgument ? versionArgument.slice(VERSION_ARGUMENT.length) : 'unknown',
  onCoreStatus(listener) {
    if (typeof listener !== 'function') throw new TypeError('onCoreStatus needs a function');
    if (statusListeners >= MAX_STATUS_LISTENERS)
      throw new Error(`at most ${MAX_STATUS_LISTENERS} core status listeners`);
    // The event is dropped here: its `sender` is ipcRenderer itself.
    const forward = (_event: unknown, status: CoreStatus) => listener(status);
    ipcRenderer.on(CHANNELS.coreStatus, forward);
    statusListeners += 1;
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      statusListeners -= 1;
      ipcRenderer.removeListener(CHANNELS.coreStatus, forward);
    };
  },
  setAlarmCount(count) {
    ipcRenderer.send(CHANNELS.setAlarmCount, count);
  },
  notifyAlarm(notice) {
    ipcRenderer.send(CHANNELS.notifyAlarm, notice);
  },
};

contextBridge.exposeInMainWorld(API_GLOBAL, Object.freeze(api));
