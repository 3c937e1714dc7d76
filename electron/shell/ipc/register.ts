import { ipcMain, type IpcMainEvent } from 'electron';
import type { z } from 'zod';
import { IPC_CHANNELS, type IpcChannel } from './channels.js';
import { alarmCountSchema, alarmNoticeSchema, type AlarmNotice } from './payloads.js';
import type { SenderFacts } from './trusted-sender.js';

export type DesktopIpcHandlers = {
  /** Decides from the facts whether the message may be handled at all. */
  isTrusted(sender: SenderFacts): boolean;
  onAlarmCount(count: number): void;
  onAlarmNotice(notice: AlarmNotice): void;
  warn(message: string): void;
};

/** Read once, up front: senderFrame turns null (or throws) once the frame navigates or is destroyed. */
export function senderFactsOf(event: IpcMainEvent): SenderFacts {
  let frame: IpcMainEvent['senderFrame'] = null;
  try {
    frame = event.senderFrame;
  } catch {
    frame = null;
  }
  return {
    webContentsId: event.sender.id,
    frameUrl: frame ? frame.url : null,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

function listen<T>(
  channel: IpcChannel,
  schema: z.ZodType<T>,
  handle: (value: T) => void,
  handlers: DesktopIpcHandlers,
) {
  ipcMain.on(channel, (event, ...args: unknown[]) => {
    const sender = senderFactsOf(event);
    if (!handlers.isTrusted(sender)) {
      handlers.warn(`dropped ${channel} from an untrusted sender (${sender.frameUrl ?? 'no frame'})`);
      return;
    }
    const parsed = args.length === 1 ? schema.safeParse(args[0]) : null;
    if (!parsed?.success) {
      handlers.warn(`dropped ${channel}: payload is not valid`);
      return;
    }
    handle(parsed.data);
  });
}

/** The only ipcMain listeners in the app: one per window→main channel, each checked twice. */
export function registerDesktopIpc(handlers: DesktopIpcHandlers): void {
  listen(IPC_CHANNELS.setAlarmCount, alarmCountSchema, handlers.onAlarmCount, handlers);
  listen(IPC_CHANNELS.notifyAlarm, alarmNoticeSchema, handlers.onAlarmNotice, handlers);
}
