import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

class FakeNotification extends EventEmitter {
  static shown: FakeNotification[] = [];
  static isSupported = () => true;
  constructor(readonly options: { title: string; body: string; urgency: string }) {
    super();
  }
  show() {
    FakeNotification.shown.push(this);
  }
}
vi.mock('electron', () => ({ Notification: FakeNotification }));

const { createAlarmNotifier } = await import('../../../../electron/shell/desktop/notifier.js');

describe('createAlarmNotifier', () => {
  beforeEach(() => {
    FakeNotification.shown = [];
  });

  it('shows urgent alarms once, critical for priority 1, with cleaned text', () => {
    const notifier = createAlarmNotifier(
      () => {},
      () => 0,
    );
    notifier.offer({ alarmId: 1, priority: 1, title: 'Panic <b>button</b>', body: 'Reception\u0007' });
    notifier.offer({ alarmId: 1, priority: 1, title: 'Panic', body: 'again' });
    notifier.offer({ alarmId: 2, priority: 2, title: 'Door forced', body: 'Dock' });
    notifier.offer({ alarmId: 3, priority: 3, title: 'Camera storage low', body: '' });
    expect(FakeNotification.shown.map((n) => n.options)).toEqual([
      expect.objectContaining({ title: 'Panic bbutton/b', body: 'Reception', urgency: 'critical' }),
      expect.objectContaining({ title: 'Door forced', urgency: 'normal' }),
    ]);
  });

  it('brings the console to the front when a notification is clicked', () => {
    const focus = vi.fn();
    createAlarmNotifier(focus, () => 0).offer({ alarmId: 1, priority: 1, title: 'Duress', body: '' });
    FakeNotification.shown[0]?.emit('click');
    expect(focus).toHaveBeenCalledOnce();
  });

  it('summarises a flood instead of burying the desk', () => {
    const notifier = createAlarmNotifier(
      () => {},
      () => 0,
    );
    for (let id = 0; id < 20; id += 1) notifier.offer({ alarmId: id, priority: 1, title: `Alarm ${id}`, body: '' });
    expect(FakeNotification.shown).toHaveLength(6);
    expect(FakeNotification.shown.at(-1)?.options.title).toBe('More urgent alarms');
  });
});
