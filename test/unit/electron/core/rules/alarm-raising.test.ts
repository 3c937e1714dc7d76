import { describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../../../../shared/contract/device-event.js';
import type { Alarm } from '../../../../../shared/domain/alarm.js';
import { observeConditions } from '../../../../../electron/core/rules/alarm-conditions.js';
import { decideAlarmChanges } from '../../../../../electron/core/rules/alarm-raising.js';
import { access, alarm, at, camera, status } from './events.js';

/** Feeds events through the rules with an in-memory table of alarms, as the core does with SQLite. */
function run(events: DeviceEvent[]): Alarm[] {
  const all: Alarm[] = [];
  for (const event of events) {
    const changes = decideAlarmChanges(observeConditions(event), {
      siteId: event.siteId,
      deviceId: event.deviceId,
      at: event.receivedAt,
      zone: 'loading-dock',
      openAlarm: (condition) =>
        all.find((a) => a.deviceId === event.deviceId && a.condition === condition && a.state !== 'resolved'),
    });
    for (const change of changes) {
      if (change.kind === 'raise') all.push({ ...change.alarm, id: all.length + 1 });
      else all[change.alarm.id - 1] = change.alarm;
    }
  }
  return all;
}

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
    expect(duress[0]).toMatchObject({ condition: 'access-duress', priority: 1, count: 2, detail: 'badge of B. Li' });
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
