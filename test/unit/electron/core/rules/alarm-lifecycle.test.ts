import { describe, expect, it } from 'vitest';
import { DEFAULT_ALARM_POLICY } from '../../../../../shared/domain/alarm-policy.js';
import type { Alarm } from '../../../../../shared/domain/alarm.js';
import {
  applyAlarmCommand,
  type AlarmCommand,
  type Verdict,
} from '../../../../../electron/core/rules/alarm-lifecycle.js';
import { access, at } from './events.js';
import { run } from './alarm-harness.js';

const ana = { operator: 'A. Osei', seat: 'desk-1' };
const ben = { operator: 'B. Li', seat: 'desk-2' };
const forced = (): Alarm => {
  const alarm = run([access('door-9', 1, 'door-forced')])[0];
  if (!alarm) throw new Error('no alarm raised');
  return alarm;
};
const act = (alarm: Alarm, command: AlarmCommand, actor = ana, outOfService = false): Verdict =>
  applyAlarmCommand(alarm, command, {
    actor,
    at: at(100),
    policy: DEFAULT_ALARM_POLICY,
    deviceOutOfService: outOfService,
  });
const ok = (verdict: Verdict): Alarm => {
  if (!verdict.ok) throw new Error(`refused: ${verdict.message}`);
  return verdict.alarm;
};

describe('applyAlarmCommand', () => {
  it('takes a forced door from acknowledgement through reset to resolution', () => {
    let alarm = ok(act(forced(), { action: 'acknowledge', alarmId: 1, version: 1 }));
    expect(alarm).toMatchObject({
      state: 'acknowledged-active',
      acknowledgedBy: 'A. Osei',
      owner: { operator: 'A. Osei', seat: 'desk-1' },
      version: 2,
    });
    expect(act(alarm, { action: 'reset', alarmId: 1, version: 2 })).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
      message: expect.stringContaining('still active'),
    });

    alarm = { ...alarm, state: 'acknowledged-returned', returnedAt: at(50), version: 3 };
    expect(act(alarm, { action: 'resolve', alarmId: 1, version: 3, disposition: 'test' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('reset'),
    });
    alarm = ok(act(alarm, { action: 'reset', alarmId: 1, version: 3 }));
    expect(act(alarm, { action: 'resolve', alarmId: 1, version: 4, disposition: 'genuine-intruder' })).toMatchObject({
      ok: false,
      refusal: 'invalid',
      message: 'a note is required to resolve as genuine-intruder',
    });
    const resolved = act(alarm, {
      action: 'resolve',
      alarmId: 1,
      version: 4,
      disposition: 'genuine-intruder',
      note: 'Intruder fled',
    });
    expect(resolved).toMatchObject({
      ok: true,
      alarm: { state: 'resolved', disposition: 'genuine-intruder', resolvedBy: 'A. Osei', owner: null, version: 5 },
      detail: { disposition: 'genuine-intruder', note: 'Intruder fled' },
    });
  });

  it('refuses a stale version as a conflict instead of overwriting', () => {
    const alarm = ok(act(forced(), { action: 'acknowledge', alarmId: 1, version: 1 }));
    expect(act(alarm, { action: 'shelve', alarmId: 1, version: 1, reason: 'x', minutes: 10 })).toMatchObject({
      ok: false,
      refusal: 'conflict',
    });
  });

  it('keeps a claimed alarm its owner’s until an explicit take-over, but lets anyone add a note', () => {
    const alarm = ok(act(forced(), { action: 'acknowledge', alarmId: 1, version: 1 }));
    expect(act(alarm, { action: 'dispatch', alarmId: 1, version: 2, to: 'patrol' }, ben)).toEqual({
      ok: false,
      refusal: 'claimed',
      message: 'claimed by A. Osei at desk-1',
    });
    expect(act(alarm, { action: 'claim', alarmId: 1, version: 2, takeOver: false }, ben)).toMatchObject({
      ok: false,
      refusal: 'claimed',
    });
    expect(act(alarm, { action: 'note', alarmId: 1, text: 'Saw it on cam 4' }, ben)).toMatchObject({
      ok: true,
      alarm: { notes: 1 },
      detail: { text: 'Saw it on cam 4' },
    });
    expect(act(alarm, { action: 'claim', alarmId: 1, version: 2, takeOver: true }, ben)).toMatchObject({
      ok: true,
      alarm: { owner: { operator: 'B. Li', seat: 'desk-2' } },
      detail: { takenOverFrom: 'A. Osei' },
    });
  });

  it('refuses to acknowledge twice, resolve unacknowledged, or act on a resolved alarm', () => {
    const alarm = ok(act(forced(), { action: 'acknowledge', alarmId: 1, version: 1 }));
    expect(act(alarm, { action: 'acknowledge', alarmId: 1, version: 2 })).toMatchObject({
      ok: false,
      message: 'already acknowledged by A. Osei',
    });
    expect(act(forced(), { action: 'resolve', alarmId: 1, version: 1, disposition: 'test' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('acknowledge'),
    });
    const resolved = { ...alarm, state: 'resolved' as const, resolvedBy: 'A. Osei' };
    expect(act(resolved, { action: 'note', alarmId: 1, text: 'late' })).toMatchObject({
      ok: false,
      message: 'already resolved by A. Osei',
    });
  });

  it('lets an active alarm on a device out of service be resolved', () => {
    const alarm = ok(act(forced(), { action: 'acknowledge', alarmId: 1, version: 1 }));
    expect(
      act(alarm, { action: 'resolve', alarmId: 1, version: 2, disposition: 'false-equipment' }, ana, true),
    ).toMatchObject({ ok: true });
  });

  it('ticks checklist steps with who and when, and bounds shelving by the site policy', () => {
    const withSteps = { ...forced(), checklist: [{ step: 'Look at camera', doneBy: null, doneAt: null }] };
    expect(act(withSteps, { action: 'checklist', alarmId: 1, version: 1, step: 0, done: true })).toMatchObject({
      ok: true,
      alarm: { checklist: [{ step: 'Look at camera', doneBy: 'A. Osei', doneAt: at(100) }] },
      detail: { step: 0, done: true, text: 'Look at camera' },
    });
    expect(act(withSteps, { action: 'checklist', alarmId: 1, version: 1, step: 3, done: true })).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    expect(act(forced(), { action: 'shelve', alarmId: 1, version: 1, reason: 'works', minutes: 481 })).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    expect(act(forced(), { action: 'shelve', alarmId: 1, version: 1, reason: 'works', minutes: 30 })).toMatchObject({
      ok: true,
      alarm: { shelved: { by: 'A. Osei', reason: 'works', at: at(100), until: at(100) + 30 * 60_000 } },
    });
  });
});
