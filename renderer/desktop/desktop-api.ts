import type { Priority } from '../../shared/domain/alarm.js';

/**
 * The part of `window.watchfloorDesktop` (the Electron preload, electron/shell/ipc/desktop-api.ts)
 * this page uses, restated because the renderer never imports from electron/. Absent in a browser seat.
 */
export type DesktopApi = {
  /** Shown in the tray and on the taskbar/dock badge. */
  setAlarmCount(count: number): void;
  /** An OS notification; the shell notifies only priority 1-2, once per alarm. */
  notifyAlarm(notice: { alarmId: number; priority: Priority; title: string; body: string }): void;
};

/** The shell's limits on a notice (it refuses longer ones). */
export const MAX_NOTICE_TITLE = 120;
export const MAX_NOTICE_BODY = 500;

export function findDesktopApi(page: object): DesktopApi | null {
  const candidate: unknown = Reflect.get(page, 'watchfloorDesktop');
  if (typeof candidate !== 'object' || candidate === null) return null;
  const setAlarmCount: unknown = Reflect.get(candidate, 'setAlarmCount');
  const notifyAlarm: unknown = Reflect.get(candidate, 'notifyAlarm');
  if (typeof setAlarmCount !== 'function' || typeof notifyAlarm !== 'function') return null;
  return {
    setAlarmCount: (count) => Reflect.apply(setAlarmCount, candidate, [count]),
    notifyAlarm: (notice) => Reflect.apply(notifyAlarm, candidate, [notice]),
  };
}
