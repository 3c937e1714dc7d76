import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decideNotification,
  initialNotificationState,
  NOTIFICATION_RULE,
  notificationText,
  type NotificationDecision,
  type NotificationState,
} from '../../../../electron/shell/desktop/notification-rule.js';

type Offer = { alarmId: number; priority: 1 | 2 | 3 | 4; at: number };

function run(offers: Offer[]): NotificationDecision[] {
  let state: NotificationState = initialNotificationState;
  return offers.map(({ alarmId, priority, at }) => {
    const result = decideNotification({ alarmId, priority }, state, at);
    state = result.state;
    return result.decision;
  });
}

describe('decideNotification', () => {
  it('notifies priority 1 and 2 alarms only', () => {
    expect(
      run([
        { alarmId: 1, priority: 1, at: 0 },
        { alarmId: 2, priority: 2, at: 0 },
        { alarmId: 3, priority: 3, at: 0 },
        { alarmId: 4, priority: 4, at: 0 },
      ]),
    ).toEqual(['notify', 'notify', 'skip-priority', 'skip-priority']);
  });

  it('notifies each alarm once, however often the page offers it', () => {
    expect(run([1, 2, 3].map((at) => ({ alarmId: 7, priority: 1, at: at * 60_000 })))).toEqual([
      'notify',
      'skip-duplicate',
      'skip-duplicate',
    ]);
  });

  it('in a flood, shows the burst, then one summary, then stays quiet until the window passes', () => {
    const flood = Array.from({ length: 12 }, (_, i) => ({ alarmId: i, priority: 1 as const, at: i * 1000 }));
    const later = { alarmId: 100, priority: 1 as const, at: 11_000 + NOTIFICATION_RULE.burst.windowMs };
    expect(run([...flood, later])).toEqual([
      ...Array(5).fill('notify'),
      'summarize',
      ...Array(6).fill('skip-flood'),
      'notify',
    ]);
  });

  it('does not re-notify an alarm that was folded into a flood summary', () => {
    const flood = Array.from({ length: 6 }, (_, i) => ({ alarmId: i, priority: 1 as const, at: i }));
    expect(run([...flood, { alarmId: 5, priority: 1, at: 10 * 60_000 }]).at(-1)).toBe('skip-duplicate');
  });

  it('remembers a bounded number of alarm ids', () => {
    let state: NotificationState = initialNotificationState;
    for (let id = 0; id < NOTIFICATION_RULE.rememberedIds + 50; id += 1) {
      state = decideNotification({ alarmId: id, priority: 2 }, state, id * 60_000).state;
    }
    expect(state.notifiedIds).toHaveLength(NOTIFICATION_RULE.rememberedIds);
    expect(state.shownAt.length).toBeLessThanOrEqual(NOTIFICATION_RULE.burst.count);
  });

  it('never shows more than the burst plus one summary in any window (property)', () => {
    const offer = fc.record({
      alarmId: fc.integer({ min: 0, max: 50 }),
      priority: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      gap: fc.integer({ min: 0, max: 20_000 }),
    });
    fc.assert(
      fc.property(fc.array(offer, { maxLength: 200 }), (raw) => {
        let at = 0;
        const offers = raw.map(({ alarmId, priority, gap }) => ({ alarmId, priority, at: (at += gap) }));
        const decisions = run(offers);
        const shown = offers.filter((_, i) => decisions[i] === 'notify' || decisions[i] === 'summarize');
        return shown.every(
          (first) =>
            shown.filter((o) => o.at >= first.at && o.at < first.at + NOTIFICATION_RULE.burst.windowMs).length <=
            NOTIFICATION_RULE.burst.count + 1,
        );
      }),
    );
  });
});

describe('notificationText', () => {
  it('removes markup brackets and control characters', () => {
    expect(notificationText('Door <b>forced</b>\u0007\nnow\u202e', 100)).toBe('Door bforced/b now');
  });

  it('shortens long text with an ellipsis', () => {
    expect(notificationText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
