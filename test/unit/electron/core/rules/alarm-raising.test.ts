import { describe, expect, it } from 'vitest';
import { alarmPolicySchema } from '../../../../../shared/domain/alarm-policy.js';
import { AlarmTable, run } from './alarm-harness.js';
import { access, alarm, at, camera, status } from './events.js';

describe('decideAlarmChanges', () => {
  it('raises a forced door at priority 2 with the device zone, and marks it returned when the door closes', () => {
    const [forced, ...rest] = run([access('door-9', 1, 'door-forced'), access('door-9', 30, 'door-closed')]);
    expect(rest).toEqual([]);
    expect(forced).toMatchObject({
      condition: 'door-forced',
      category: 'alarm',
      priority: 2,
      state: 'unacknowledged-returned',
      count: 1,
      raisedAt: at(1),
      returnedAt: at(30),
      zone: 'loading-dock',
      floorId: 'g',
      latched: true,
      version: 2,
      targets: { acknowledgeS: 60, resolveS: 1800 },
    });
  });

  it('folds re-triggers into one open alarm and counts them, instead of flooding the queue', () => {
    const events = [1, 2, 3, 4].flatMap((n) => [
      alarm('pir-2', n * 10, 'intrusion', 'active'),
      alarm('pir-2', n * 10 + 5, 'intrusion', 'normal'),
    ]);
    const alarms = run(events);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ count: 4, lastOccurredAt: at(40), state: 'unacknowledged-returned' });
  });

  it('does not count a level condition reported again while still active', () => {
    const alarms = run([
      camera('cam-3', 1, 'video-loss'),
      camera('cam-3', 61, 'video-loss'),
      camera('cam-3', 121, 'video-loss'),
    ]);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({
      condition: 'camera-video-loss',
      category: 'trouble',
      count: 1,
      returnedAt: null,
    });
  });

  it('moves a camera between trouble conditions as its status changes', () => {
    const alarms = run([camera('cam-4', 1, 'blurred'), camera('cam-4', 2, 'video-loss'), camera('cam-4', 3, 'ok')]);
    expect(alarms.map((a) => [a.condition, a.state])).toEqual([
      ['camera-blurred', 'unacknowledged-returned'],
      ['camera-video-loss', 'unacknowledged-returned'],
    ]);
  });

  it('counts every duress badge as an occurrence and takes the device-given priority for alarm inputs', () => {
    const duress = run([access('door-1', 1, 'duress', 'B. Li'), access('door-1', 9, 'duress', 'B. Li')]);
    // Momentary: returned as it happens, but latched, so a guard must still reset and resolve it.
    expect(duress[0]).toMatchObject({
      condition: 'access-duress',
      priority: 1,
      count: 2,
      detail: 'badge of B. Li',
      state: 'unacknowledged-returned',
      latched: true,
    });
    expect(run([alarm('pir-7', 1, 'motion', 'active', 2)])[0]?.priority).toBe(2);
  });

  it('raises device-offline on a last will as trouble and returns it when the device is back', () => {
    const [offline] = run([status('cam-8', 1, false), status('cam-8', 50, true)]);
    expect(offline).toMatchObject({
      condition: 'device-offline',
      category: 'trouble',
      priority: 4,
      returnedAt: at(50),
    });
  });

  it('flags chattering at three transitions within a minute', () => {
    const events = [0, 15, 30].flatMap((t) => [
      alarm('pir-5', t, 'motion', 'active'),
      alarm('pir-5', t + 5, 'motion', 'normal'),
    ]);
    expect(run(events.slice(0, 4))[0]?.chattering).toBe(false);
    expect(run(events)[0]).toMatchObject({ chattering: true, count: 3, transitions: [at(0), at(15), at(30)] });
  });

  it('copies the SOP checklist and note requirement from the policy at raise time', () => {
    const policy = alarmPolicySchema.parse({
      formatVersion: 1,
      sops: { 'door-forced': { steps: ['Look', 'Send guard'], noteRequired: true } },
    });
    const [forced] = run([access('door-9', 1, 'door-forced')], policy);
    expect(forced?.checklist).toEqual([
      { step: 'Look', doneBy: null, doneAt: null },
      { step: 'Send guard', doneBy: null, doneAt: null },
    ]);
    expect(forced?.noteRequired).toBe(true);
  });

  it('raises nothing new for a device out of service, but still lets its open alarms return', () => {
    let outOfService = false;
    const table = new AlarmTable(undefined, { outOfService: () => outOfService });
    table.feed(access('door-3', 1, 'door-held-open'));
    outOfService = true;
    table.feed(access('door-3', 2, 'door-forced'), access('door-3', 3, 'door-closed'));
    expect(table.all.map((a) => [a.condition, a.state])).toEqual([['door-held-open', 'unacknowledged-returned']]);
  });

  it('raises nothing for normal traffic', () => {
    expect(
      run([
        access('door-2', 1, 'granted', 'C'),
        access('door-2', 2, 'door-opened'),
        access('door-2', 5, 'door-closed'),
        camera('cam-1', 3, 'ok'),
        status('cam-1', 4, true),
      ]),
    ).toEqual([]);
  });
});
