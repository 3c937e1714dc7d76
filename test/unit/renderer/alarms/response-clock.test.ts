import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  isEscalated,
  isStale,
  responseClock,
  STALE_AFTER_MS,
} from '../../../../renderer/alarms/response-clock.js';
import { alarm } from '../builders.js';

const RAISED = 1_000_000;
const p1 = (patch: Parameters<typeof alarm>[1] = {}) =>
  alarm(1, { priority: 1, raisedAt: RAISED, targets: { acknowledgeS: 30, resolveS: 900 }, ...patch });

describe('response clocks', () => {
  it('count down to the acknowledge target from the raise while nobody has acknowledged', () => {
    expect(responseClock(p1(), RAISED + 5_000)).toEqual({
      target: 'acknowledge',
      dueAt: RAISED + 30_000,
      leftMs: 25_000,
      urgency: 'calm',
      escalated: false,
    });
  });

  it('turn amber in the last third and red once the target has passed', () => {
    expect(responseClock(p1(), RAISED + 19_000)?.urgency).toBe('calm');
    expect(responseClock(p1(), RAISED + 20_000)?.urgency).toBe('soon');
    expect(responseClock(p1(), RAISED + 30_000)?.urgency).toBe('soon');
    const late = responseClock(p1(), RAISED + 42_000);
    expect(late).toMatchObject({ urgency: 'overdue', leftMs: -12_000 });
  });

  it('switch to the resolve target once acknowledged, still counted from the raise', () => {
    const acknowledged = p1({ state: 'acknowledged-active', acknowledgedAt: RAISED + 40_000 });
    expect(responseClock(acknowledged, RAISED + 60_000)).toMatchObject({
      target: 'resolve',
      dueAt: RAISED + 900_000,
      leftMs: 840_000,
      urgency: 'calm',
    });
    expect(responseClock(p1({ state: 'acknowledged-returned' }), RAISED + 901_000)?.urgency).toBe('overdue');
  });

  it('say whether the current target escalated', () => {
    const ackEscalated = p1({ escalatedAt: RAISED + 31_000 });
    expect(responseClock(ackEscalated, RAISED + 40_000)?.escalated).toBe(true);
    // Acknowledged late: the acknowledge escalation is history, the resolve clock is calm.
    expect(responseClock({ ...ackEscalated, state: 'acknowledged-active' }, RAISED + 40_000)?.escalated).toBe(false);
    const resolveEscalated = p1({ state: 'acknowledged-returned', resolveEscalatedAt: RAISED + 901_000 });
    expect(responseClock(resolveEscalated, RAISED + 902_000)?.escalated).toBe(true);
    expect(isEscalated(ackEscalated)).toBe(true);
    expect(isEscalated(p1())).toBe(false);
  });

  it('stop for a resolved alarm', () => {
    expect(responseClock(p1({ state: 'resolved' }), RAISED)).toBeNull();
  });

  it('read as a countdown, rounded up so 0:00 means time is up', () => {
    expect(formatCountdown(25_000)).toBe('0:25');
    expect(formatCountdown(24_001)).toBe('0:25');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-12_400)).toBe('0:12');
    expect(formatCountdown(14 * 60_000 + 32_000)).toBe('14:32');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
  });
});

describe('stale alarms', () => {
  it('are active for more than a day since they last became active', () => {
    const day = RAISED + STALE_AFTER_MS;
    expect(isStale(alarm(1, { raisedAt: RAISED }), day)).toBe(false);
    expect(isStale(alarm(1, { raisedAt: RAISED }), day + 1)).toBe(true);
    expect(isStale(alarm(1, { raisedAt: RAISED, state: 'acknowledged-returned' }), day + 1)).toBe(false);
    expect(isStale(alarm(1, { raisedAt: RAISED, transitions: [RAISED, RAISED + 60_000] }), day + 1)).toBe(false);
  });
});
