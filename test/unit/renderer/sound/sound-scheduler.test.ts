import { describe, expect, it } from 'vitest';
import {
  ESCALATED_REMINDER_MS,
  REMINDER_MS,
  SoundScheduler,
  type SoundClock,
} from '../../../../renderer/sound/sound-scheduler.js';
import type { Tone } from '../../../../renderer/sound/tone-player.js';

/** A clock the test moves by hand; timers fire as time passes them. */
class FakeClock implements SoundClock {
  time = 0;
  private timers: { at: number; callback: () => void; live: boolean }[] = [];
  now = () => this.time;
  after = (ms: number, callback: () => void) => {
    const timer = { at: this.time + ms, callback, live: true };
    this.timers.push(timer);
    return () => {
      timer.live = false;
    };
  };
  get scheduled(): number {
    return this.timers.filter((t) => t.live).length;
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.time = next.at;
      next.live = false;
      next.callback();
    }
    this.time = end;
  }
}

function setup() {
  const clock = new FakeClock();
  const played: { tone: Tone; at: number }[] = [];
  const scheduler = new SoundScheduler((tone) => played.push({ tone, at: clock.now() }), clock);
  return { clock, played, scheduler };
}

describe('the alarm sound scheduler', () => {
  it('sounds a new P1/P2 alarm at once, then reminds every 10 s while it waits', () => {
    const { clock, played, scheduler } = setup();
    scheduler.update({ newUrgentAlarm: true, waiting: 'unacknowledged', muted: false });
    clock.advance(35_000);
    expect(played).toEqual([
      { tone: 'new-alarm', at: 0 },
      { tone: 'reminder', at: REMINDER_MS },
      { tone: 'reminder', at: 2 * REMINDER_MS },
      { tone: 'reminder', at: 3 * REMINDER_MS },
    ]);
  });

  it('stops reminding once nothing waits', () => {
    const { clock, played, scheduler } = setup();
    scheduler.update({ newUrgentAlarm: true, waiting: 'unacknowledged', muted: false });
    clock.advance(12_000);
    scheduler.update({ newUrgentAlarm: false, waiting: 'none', muted: false });
    clock.advance(60_000);
    expect(played.map((p) => p.tone)).toEqual(['new-alarm', 'reminder']);
    expect(clock.scheduled).toBe(0);
  });

  it('reminds faster, with the escalated tone, once an alarm has escalated (at once if overdue)', () => {
    const { clock, played, scheduler } = setup();
    scheduler.update({ newUrgentAlarm: true, waiting: 'unacknowledged', muted: false });
    clock.advance(7_000);
    scheduler.update({ newUrgentAlarm: false, waiting: 'escalated', muted: false });
    clock.advance(0);
    clock.advance(2 * ESCALATED_REMINDER_MS);
    expect(played).toEqual([
      { tone: 'new-alarm', at: 0 },
      { tone: 'escalated', at: 7_000 },
      { tone: 'escalated', at: 7_000 + ESCALATED_REMINDER_MS },
      { tone: 'escalated', at: 7_000 + 2 * ESCALATED_REMINDER_MS },
    ]);
  });

  it('keeps quiet and schedules nothing while muted, and picks up again when unmuted', () => {
    const { clock, played, scheduler } = setup();
    scheduler.update({ newUrgentAlarm: true, waiting: 'unacknowledged', muted: true });
    clock.advance(60_000);
    expect(played).toEqual([]);
    expect(clock.scheduled).toBe(0);
    scheduler.update({ newUrgentAlarm: false, waiting: 'unacknowledged', muted: false });
    clock.advance(REMINDER_MS);
    expect(played).toEqual([{ tone: 'reminder', at: 60_000 + REMINDER_MS }]);
  });

  it('reminds about alarms already waiting when the seat starts (no new-alarm tone for them)', () => {
    const { clock, played, scheduler } = setup();
    scheduler.update({ newUrgentAlarm: false, waiting: 'unacknowledged', muted: false });
    clock.advance(REMINDER_MS);
    expect(played).toEqual([{ tone: 'reminder', at: REMINDER_MS }]);
  });

  it('does not stack reminders when updates come often', () => {
    const { clock, played, scheduler } = setup();
    for (let i = 0; i < 5; i++) scheduler.update({ newUrgentAlarm: false, waiting: 'unacknowledged', muted: false });
    expect(clock.scheduled).toBe(1);
    clock.advance(REMINDER_MS);
    expect(played.length).toBe(1);
    scheduler.stop();
    expect(clock.scheduled).toBe(0);
  });
});
