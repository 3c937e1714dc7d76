import { describe, expect, it } from 'vitest';
import type { DeviceState } from '../../../../shared/domain/device-state.js';
import { emptyDeviceState } from '../../../../shared/domain/device-state.js';
import type { ReplayResult } from '../../../../shared/review/review-results.js';
import { ReplayTape } from '../../../../renderer/review/replay-player.js';
import { alarmRecord } from '../../../support/alarm-record.js';

const door = (online: boolean): DeviceState => ({ ...emptyDeviceState('demo', 'door-1'), online });
const alarm = alarmRecord({ id: 3, deviceId: 'door-1', condition: 'door-forced' });

const result: ReplayResult = {
  picture: { at: 100, devices: [door(false)], alarms: [], incidents: [] },
  changes: [
    { at: 110, kind: 'device', device: door(true) },
    { at: 120, kind: 'alarm', alarm },
    { at: 130, kind: 'alarm', alarm: { ...alarm, state: 'resolved' } },
  ],
  until: 200,
  complete: true,
  divergences: 0,
};

describe('ReplayTape', () => {
  it('shows the picture, then each change from its instant on', () => {
    const tape = new ReplayTape(result);
    expect(tape.frameAt(100).devices.get('door-1')?.online).toBe(false);
    expect(tape.frameAt(110).devices.get('door-1')?.online).toBe(true);
    expect([...tape.frameAt(125).alarms.keys()]).toEqual([3]);
    expect(tape.frameAt(130).alarms.size).toBe(0);
  });

  it('plays backwards by starting again from the picture', () => {
    const tape = new ReplayTape(result);
    expect(tape.frameAt(199).alarms.size).toBe(0);
    expect(tape.frameAt(121).alarms.size).toBe(1);
    expect(tape.frameAt(105).devices.get('door-1')?.online).toBe(false);
  });

  it('knows which instants it covers', () => {
    const tape = new ReplayTape(result);
    expect([tape.covers(99), tape.covers(100), tape.covers(200), tape.covers(201)]).toEqual([false, true, true, false]);
  });
});
