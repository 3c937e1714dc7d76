import { describe, expect, it } from 'vitest';
import { alarmPolicySchema } from '../../../../../shared/domain/alarm-policy.js';
import { judgePriority } from '../../../../../electron/core/rules/priority-rules.js';
import { localTime } from '../../../../../electron/core/rules/site-clock.js';

const policy = alarmPolicySchema.parse({
  formatVersion: 1,
  priorityRules: [
    {
      name: 'lobby by day',
      conditions: ['motion'],
      zones: ['lobby'],
      during: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:00', to: '19:00' },
      suppress: true,
    },
    { name: 'night', conditions: ['motion'], during: { from: '22:00', to: '06:00' }, priority: 1 },
    { name: 'server room', zones: ['server-room'], priority: 2 },
  ],
});
// Monday 2026-11-23 in London (GMT in November).
const london = (hhmm: string, day = 23) => Date.parse(`2026-11-${day}T${hhmm}:00Z`);
const motion = (zone: string, at: number) => ({
  condition: 'motion' as const,
  zone,
  floorId: 'g',
  at,
  timezone: 'Europe/London',
});

describe('judgePriority', () => {
  it('suppresses lobby motion in opening hours and lets it through otherwise', () => {
    expect(judgePriority(policy, motion('lobby', london('10:00')))).toEqual({ suppressedBy: 'lobby by day' });
    expect(judgePriority(policy, motion('lobby', london('20:00')))).toEqual({ priority: 3, rule: null });
    expect(judgePriority(policy, motion('lobby', london('10:00', 22)))).toEqual({ priority: 3, rule: null });
  });

  it('handles schedules across midnight', () => {
    expect(judgePriority(policy, motion('offices', london('23:30')))).toEqual({ priority: 1, rule: 'night' });
    expect(judgePriority(policy, motion('offices', london('05:59')))).toEqual({ priority: 1, rule: 'night' });
    expect(judgePriority(policy, motion('offices', london('06:00')))).toEqual({ priority: 3, rule: null });
  });

  it('reads schedules in the site time zone, summer time included', () => {
    // 2026-07-01 08:00 in London is 07:00 UTC.
    expect(localTime(Date.parse('2026-07-01T07:00:00Z'), 'Europe/London')).toEqual({ weekday: 'wed', minutes: 8 * 60 });
    expect(localTime(Date.parse('2026-07-01T07:00:00Z'), 'America/New_York')).toEqual({
      weekday: 'wed',
      minutes: 3 * 60,
    });
  });

  it('falls back to the device priority, then the condition default', () => {
    expect(judgePriority(policy, { ...motion('offices', london('12:00')), devicePriority: 4 })).toEqual({
      priority: 4,
      rule: null,
    });
    expect(
      judgePriority(policy, {
        condition: 'fire',
        zone: 'server-room',
        floorId: '1',
        at: london('12:00'),
        timezone: 'UTC',
      }),
    ).toEqual({
      priority: 2,
      rule: 'server room',
    });
    expect(
      judgePriority(policy, { condition: 'fire', zone: 'records', floorId: '1', at: london('12:00'), timezone: 'UTC' }),
    ).toEqual({
      priority: 1,
      rule: null,
    });
  });

  it('refuses a rule that has both or neither of priority and suppress', () => {
    expect(
      alarmPolicySchema.safeParse({ formatVersion: 1, priorityRules: [{ priority: 1, suppress: true }] }).success,
    ).toBe(false);
    expect(alarmPolicySchema.safeParse({ formatVersion: 1, priorityRules: [{ zones: ['x'] }] }).success).toBe(false);
    expect(
      alarmPolicySchema.safeParse({
        formatVersion: 1,
        priorityRules: [{ during: { from: '25:00', to: '06:00' }, priority: 1 }],
      }).success,
    ).toBe(false);
  });
});
