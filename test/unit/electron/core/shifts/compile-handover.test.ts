import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '../../../../../shared/domain/action-record.js';
import { emptyDeviceState } from '../../../../../shared/domain/device-state.js';
import {
  compileHandover,
  HANDOVER_LIMITS,
  type HandoverInputs,
} from '../../../../../electron/core/shifts/compile-handover.js';
import { alarmRecord } from '../../../../support/alarm-record.js';

const START = 1_700_000_000_000;
const names = { place: ({ deviceId }: { deviceId: string }) => `place of ${deviceId}` };

let seq = 0;
const row = (
  action: string,
  at: number,
  detail: Record<string, unknown>,
  more: Partial<ActionRecord> = {},
): ActionRecord => ({
  seq: ++seq,
  at,
  operator: 'A. Osei',
  seat: 'desk-1',
  action,
  alarmId: null,
  incidentId: null,
  deviceId: null,
  detail,
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
  ...more,
});

const nothing: HandoverInputs = {
  at: START + 3_600_000,
  openAlarms: [],
  actions: [],
  incidentsOpened: [],
  outOfService: [],
};

describe('the handover a guard leaves', () => {
  it('lists every open alarm, most urgent then oldest first, with its age and owner', () => {
    const lists = compileHandover(
      {
        ...nothing,
        openAlarms: [
          alarmRecord({ id: 3, priority: 3, raisedAt: START }),
          alarmRecord({
            id: 2,
            priority: 1,
            raisedAt: START + 600_000,
            owner: { operator: 'B. Li', seat: 'desk-2', since: START },
          }),
          alarmRecord({ id: 1, priority: 1, raisedAt: START + 60_000, state: 'acknowledged-returned' }),
          alarmRecord({ id: 9, state: 'resolved' }),
        ],
      },
      names,
    );
    expect(lists.openAlarms.map((alarm) => alarm.alarmId)).toEqual([1, 2, 3]);
    expect(lists.openAlarms[1]).toMatchObject({ owner: 'B. Li', ageS: 3000, place: 'place of door-g-dock' });
    expect(lists.openAlarms[0]?.state).toBe('acknowledged-returned');
    expect(lists.openAlarmsNotListed).toBe(0);
  });

  it('picks the notable events of the shift: P1–P2 raises, shelves, occurrences, incidents, devices out of service', () => {
    const lists = compileHandover(
      {
        ...nothing,
        actions: [
          row('raise', START + 10, { condition: 'door-forced', priority: 1 }, { alarmId: 5, deviceId: 'door-g-dock' }),
          row('raise', START + 20, { condition: 'motion', priority: 3 }, { alarmId: 6, deviceId: 'pir-1' }),
          row('acknowledge', START + 30, {}, { alarmId: 5 }),
          row('shelve', START + 40, { reason: 'cleaners', minutes: 30 }, { alarmId: 6, deviceId: 'pir-1' }),
          row('log-occurrence', START + 50, {
            occurrenceId: 4,
            category: 'safety-hazard',
            narrative: 'Oil spill by dock door',
          }),
        ],
        incidentsOpened: [
          {
            id: 7,
            siteId: 'demo',
            floorId: 'ground',
            zone: null,
            openedAt: START + 15,
            lastAlarmAt: START + 16,
            alarmIds: [5, 8],
            closedAt: null,
          },
        ],
        outOfService: [
          {
            ...emptyDeviceState('demo', 'cam-g-dock'),
            outOfService: { by: 'B. Li', reason: 'lens swap', since: START - 5, until: null },
          },
          emptyDeviceState('demo', 'cam-g-lobby'),
        ],
      },
      names,
    );
    expect(lists.notable.map((event) => [event.kind, event.at])).toEqual([
      ['out-of-service', START - 5],
      ['priority-alarm', START + 10],
      ['incident', START + 15],
      ['shelved', START + 40],
      ['occurrence', START + 50],
    ]);
    expect(lists.notable.map((event) => event.text)).toEqual([
      'place of cam-g-dock out of service (lens swap), set by B. Li',
      'P1 door forced at place of door-g-dock',
      '2 alarms grouped as incident 7, still open',
      'alarm 6 at place of pir-1 shelved by A. Osei for 30 min: cleaners',
      'safety hazard logged by A. Osei: Oil spill by dock door',
    ]);
    expect(lists.notable[4]?.recordId).toBe(4);
  });

  it('counts what it does not list in a flood instead of dropping it', () => {
    const many = Array.from({ length: HANDOVER_LIMITS.openAlarms + 7 }, (_, i) =>
      alarmRecord({ id: i + 1, deviceId: `d${i}` }),
    );
    const raises = Array.from({ length: HANDOVER_LIMITS.notable + 3 }, (_, i) =>
      row('raise', START + i, { condition: 'panic', priority: 1 }, { alarmId: i + 1, deviceId: `d${i}` }),
    );
    const lists = compileHandover({ ...nothing, openAlarms: many, actions: raises }, names);
    expect(lists.openAlarms).toHaveLength(HANDOVER_LIMITS.openAlarms);
    expect(lists.openAlarmsNotListed).toBe(7);
    expect(lists.notable).toHaveLength(HANDOVER_LIMITS.notable);
    expect(lists.notableNotListed).toBe(3);
  });
});
