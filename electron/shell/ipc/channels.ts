/**
 * Every IPC channel the app uses. The sandboxed preload cannot import this file at run time (it may
 * only require 'electron'), so it restates the names and is type-checked against `IpcChannels`:
 * a typo or a drift on either side fails `tsc`.
 */
export const IPC_CHANNELS = {
  /** main → window: the core's state (starting, running, restarting, stopped). */
  coreStatus: 'watchfloor:core-status',
  /** window → main: open alarm count, for the tray and the dock/taskbar badge. */
  setAlarmCount: 'watchfloor:set-alarm-count',
  /** window → main: an alarm the page saw; main decides whether it becomes an OS notification. */
  notifyAlarm: 'watchfloor:notify-alarm',
} as const;

export type IpcChannels = typeof IPC_CHANNELS;
export type IpcChannel = IpcChannels[keyof IpcChannels];

/** The only channels main listens on. */
export const WINDOW_TO_MAIN_CHANNELS = [IPC_CHANNELS.setAlarmCount, IPC_CHANNELS.notifyAlarm] as const;

/** The global the preload defines in the page. */
export const DESKTOP_API_GLOBAL = 'watchfloorDesktop';
