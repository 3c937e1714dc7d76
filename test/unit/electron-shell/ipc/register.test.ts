import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const ipcMain = new EventEmitter();
vi.mock('electron', () => ({ ipcMain }));

const { IPC_CHANNELS, WINDOW_TO_MAIN_CHANNELS } = await import('../../../../electron/shell/ipc/channels.js');
const { registerDesktopIpc } = await import('../../../../electron/shell/ipc/register.js');

/** The parts of an IpcMainEvent that register.ts reads. */
function eventFrom(webContentsId: number, frame: { url: string; parent: object | null } | null | 'throws') {
  return {
    sender: { id: webContentsId },
    get senderFrame() {
      if (frame === 'throws') throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      return frame;
    },
  };
}

const CONSOLE_FRAME = { url: 'http://127.0.0.1:4780/', parent: null };

function setup() {
  ipcMain.removeAllListeners();
  const handlers = {
    isTrusted: vi.fn(
      (sender: { webContentsId: number; frameUrl: string | null; isMainFrame: boolean }) =>
        sender.webContentsId === 1 && sender.isMainFrame && sender.frameUrl === CONSOLE_FRAME.url,
    ),
    onAlarmCount: vi.fn(),
    onAlarmNotice: vi.fn(),
    warn: vi.fn(),
  };
  registerDesktopIpc(handlers);
  return handlers;
}

describe('registerDesktopIpc', () => {
  beforeEach(() => ipcMain.removeAllListeners());

  it('listens on exactly the window→main allow-list', () => {
    setup();
    expect(ipcMain.eventNames().sort()).toEqual([...WINDOW_TO_MAIN_CHANNELS].sort());
  });

  it('hands a valid message from the console window to its handler', () => {
    const handlers = setup();
    ipcMain.emit(IPC_CHANNELS.setAlarmCount, eventFrom(1, CONSOLE_FRAME), 3);
    const notice = { alarmId: 5, priority: 2, title: 'Glass break', body: 'Lobby' };
    ipcMain.emit(IPC_CHANNELS.notifyAlarm, eventFrom(1, CONSOLE_FRAME), notice);
    expect(handlers.onAlarmCount).toHaveBeenCalledWith(3);
    expect(handlers.onAlarmNotice).toHaveBeenCalledWith(notice);
    expect(handlers.warn).not.toHaveBeenCalled();
  });

  it('passes the sender facts read from the event to the trust check', () => {
    const handlers = setup();
    ipcMain.emit(IPC_CHANNELS.setAlarmCount, eventFrom(1, { url: 'http://127.0.0.1:4780/x', parent: {} }), 3);
    expect(handlers.isTrusted).toHaveBeenCalledWith({
      webContentsId: 1,
      frameUrl: 'http://127.0.0.1:4780/x',
      isMainFrame: false,
    });
  });

  it.each([
    ['another WebContents', eventFrom(2, CONSOLE_FRAME)],
    ['a subframe', eventFrom(1, { url: CONSOLE_FRAME.url, parent: {} })],
    ['a destroyed frame', eventFrom(1, null)],
    ['a frame that throws on access', eventFrom(1, 'throws')],
  ])('drops messages from %s before looking at the payload', (_name, event) => {
    const handlers = setup();
    ipcMain.emit(IPC_CHANNELS.setAlarmCount, event, 3);
    expect(handlers.onAlarmCount).not.toHaveBeenCalled();
    expect(handlers.warn).toHaveBeenCalledWith(expect.stringContaining('untrusted sender'));
  });

  it.each([
    ['a bad count', IPC_CHANNELS.setAlarmCount, [-4]],
    ['an extra argument', IPC_CHANNELS.setAlarmCount, [3, 'more']],
    ['no argument', IPC_CHANNELS.setAlarmCount, []],
    ['a bad notice', IPC_CHANNELS.notifyAlarm, [{ alarmId: 1, priority: 9, title: 't', body: '' }]],
  ])('drops %s from a trusted sender', (_name, channel, args) => {
    const handlers = setup();
    ipcMain.emit(channel, eventFrom(1, CONSOLE_FRAME), ...args);
    expect(handlers.onAlarmCount).not.toHaveBeenCalled();
    expect(handlers.onAlarmNotice).not.toHaveBeenCalled();
    expect(handlers.warn).toHaveBeenCalledWith(expect.stringContaining('not valid'));
  });
});
