import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '../../../../../shared/domain/action-record.js';
import { commandOf } from '../../../../../electron/core/review/replay-command.js';

const row = (action: string, detail: Record<string, unknown>, alarmId: number | null = 7): ActionRecord => ({
  seq: 1,
  at: 1000,
  operator: 'A. Osei',
  seat: 'desk-1',
  action,
  alarmId,
  incidentId: null,
  deviceId: 'door-1',
  detail,
  prevHash: '',
  hash: '',
});

describe('commandOf: the seat command a logged action was', () => {
  it('rebuilds each alarm command from what the lifecycle logged', () => {
    expect(commandOf(row('acknowledge', {}), 4)).toEqual({ action: 'acknowledge', alarmId: 7, version: 4 });
    expect(commandOf(row('note', { text: 'seen on camera' }), 4)).toEqual({
      action: 'note',
      alarmId: 7,
      text: 'seen on camera',
    });
    expect(commandOf(row('claim', { takenOverFrom: 'B. Lund' }), 2)).toEqual({
      action: 'claim',
      alarmId: 7,
      version: 2,
      takeOver: true,
    });
    expect(commandOf(row('claim', {}), 2)).toMatchObject({ takeOver: false });
    expect(commandOf(row('checklist', { step: 1, done: true, text: 'Call the police' }), 3)).toEqual({
      action: 'checklist',
      alarmId: 7,
      version: 3,
      step: 1,
      done: true,
    });
    expect(commandOf(row('dispatch', { to: 'patrol 2' }), 3)).toEqual({
      action: 'dispatch',
      alarmId: 7,
      version: 3,
      to: 'patrol 2',
    });
    expect(commandOf(row('shelve', { reason: 'integrator on site', minutes: 10 }), 3)).toMatchObject({ minutes: 10 });
    expect(commandOf(row('resolve', { disposition: 'test', note: 'drill' }), 9)).toEqual({
      action: 'resolve',
      alarmId: 7,
      version: 9,
      disposition: 'test',
      note: 'drill',
    });
  });

  it('is null for what is not a guard command on an alarm, or no longer a valid one', () => {
    expect(commandOf(row('raise', { condition: 'motion' }), 1)).toBeNull();
    expect(commandOf(row('escalate', { target: 'acknowledge' }), 1)).toBeNull();
    expect(commandOf(row('end-shift', { note: 'quiet night' }), 1)).toBeNull();
    expect(commandOf(row('acknowledge', {}, null), 1)).toBeNull();
    expect(commandOf(row('resolve', { disposition: 'not-a-disposition' }), 1)).toBeNull();
    expect(commandOf(row('shelve', { reason: 'x', minutes: 'ten' }), 1)).toBeNull();
  });
});
