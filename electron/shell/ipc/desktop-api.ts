import type { CoreStatus } from '../core/status.js';
import type { AlarmNotice } from './payloads.js';

/**
 * `window.watchfloorDesktop` in an Electron console window (absent in a browser seat). Plain data in,
 * nothing returned but an unsubscribe function: the page can never reach ipcRenderer or Node.
 */
export type DesktopApi = {
  readonly version: string;
  /** Calls `listener` on every core state change; returns a function that stops the calls. */
  onCoreStatus(listener: (status: CoreStatus) => void): () => void;
  /** Open (unresolved) alarms, shown in the tray and on the taskbar/dock badge. */
  setAlarmCount(count: number): void;
  /** Offer an alarm for an OS notification; main notifies only priority 1-2, once per alarm. */
  notifyAlarm(notice: AlarmNotice): void;
};
