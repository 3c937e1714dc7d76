import { afterAll, describe, expect, it } from 'vitest';
import type { DeviceEvent } from '../../../../../shared/contract/device-event.js';
import type { InvestigationAnchor } from '../../../../../shared/domain/investigation.js';
import type { Site } from '../../../../../shared/domain/site.js';
import { investigate } from '../../../../../electron/core/investigation/investigate.js';
import { adjacentZones, outlinesTouch } from '../../../../../electron/core/investigation/zone-adjacency.js';
import { openStore } from '../../../../../electron/core/store/store.js';
import { tempDir } from '../../../../support/temp-dir.js';

const square = (x: number, y: number, size = 10): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];
const floor = (id: string) => ({ id, name: id, level: 0, plan: `${id}.svg`, widthM: 100, heightM: 100 });
const device = (
  id: string,
  type: Site['devices'][number]['type'],
  x: number,
  y: number,
  zone?: string,
  floorId = 'g',
) => ({
  id,
  name: `${id} name`,
  type,
  floorId,
  x,
  y,
  ...(zone ? { zone } : {}),
});
const SITE: Site = {
  formatVersion: 1,
  id: 'hq',
  name: 'HQ',
  timezone: 'UTC',
  buildings: [{ id: 'b', name: 'B', floors: [floor('g'), floor('1')] }],
  zones: [
    { id: 'stores', name: 'Stores', floorId: 'g', polygon: square(0, 0) },
    // Shares the edge x = 10 with the stores.
    { id: 'dock', name: 'Dock', floorId: 'g', polygon: square(10, 0) },
    { id: 'canteen', name: 'Canteen', floorId: 'g', polygon: square(30, 0) },
    { id: 'offices', name: 'Offices', floorId: '1' },
  ],
  devices: [
    device('pir-stores', 'motion-sensor', 5, 5, 'stores'),
    device('cam-stores', 'camera', 8, 5, 'stores'),
    device('door-stores', 'door', 1, 5, 'stores'),
    device('door-dock', 'door', 19, 5, 'dock'),
    device('door-canteen', 'door', 31, 5, 'canteen'),
    device('cam-canteen', 'camera', 35, 5, 'canteen'),
    device('pir-upstairs', 'motion-sensor', 5, 5, 'offices', '1'),
  ],
};

const T = 1_800_000_000_000;
const MIN = 60_000;
const dir = tempDir('investigation');
const store = openStore(`${dir.path}/wf.db`);
afterAll(() => {
  store.close();
  dir.remove();
});

let n = 0;
function log(
  deviceId: string,
  at: number,
  event: Omit<DeviceEvent, 'siteId' | 'deviceId' | 'eventId' | 'deviceTs' | 'receivedAt'>,
) {
  const full = { ...event, siteId: 'hq', deviceId, eventId: `e${++n}`, deviceTs: at, receivedAt: at } as DeviceEvent;
  store.events.append(full, JSON.stringify(full.payload));
}
const envelope = (at: number) => ({ id: `p${n}`, ts: at });
log('cam-stores', T - 30 * MIN, { channel: 'camera', payload: { ...envelope(T), status: 'ok' } });
log('cam-stores', T - 2 * MIN, { channel: 'camera', payload: { ...envelope(T), status: 'video-loss' } });
log('cam-stores', T + 1 * MIN, { channel: 'camera', payload: { ...envelope(T), status: 'ok' } }); // after: not "at that moment"
log('pir-stores', T - 1 * MIN, { channel: 'alarm', payload: { ...envelope(T), kind: 'motion', state: 'active' } });
log('pir-stores', T - 20 * MIN, { channel: 'alarm', payload: { ...envelope(T), kind: 'motion', state: 'normal' } }); // outside ±10 min
log('door-stores', T - 3 * MIN, {
  channel: 'access',
  payload: { ...envelope(T), event: 'granted', holder: 'J. Doe', credential: 'card-7731', method: 'card' },
});
log('door-stores', T - 3 * MIN + 5000, { channel: 'access', payload: { ...envelope(T), event: 'door-closed' } });
log('door-dock', T - 4 * MIN, {
  channel: 'access',
  payload: { ...envelope(T), event: 'denied', credential: 'card-0001', reason: 'expired' },
});
log('door-dock', T, { channel: 'access', payload: { ...envelope(T), event: 'door-forced', drill: 3 } });
log('door-canteen', T - 1 * MIN, {
  channel: 'access',
  payload: { ...envelope(T), event: 'granted', holder: 'Not adjacent' },
});
log('pir-upstairs', T, { channel: 'alarm', payload: { ...envelope(T), kind: 'motion', state: 'active' } });

const anchor: InvestigationAnchor = {
  kind: 'alarm',
  id: 1,
  at: T,
  floorId: 'g',
  x: 5,
  y: 5,
  zone: 'stores',
  deviceId: 'pir-stores',
};

describe('zone adjacency', () => {
  it('outlines touch when they share an edge or come within 0.5 m, not when apart', () => {
    expect(outlinesTouch(square(0, 0), square(10, 0))).toBe(true);
    expect(outlinesTouch(square(0, 0), square(10.4, 3))).toBe(true);
    expect(outlinesTouch(square(0, 0), square(11, 0))).toBe(false);
    expect(outlinesTouch(square(0, 0, 20), square(5, 5, 2))).toBe(true); // one inside the other
  });

  it('falls back to the whole floor without an outline or a zone', () => {
    expect(adjacentZones(SITE.zones, 'stores', 'g')).toEqual({ ids: ['stores', 'dock'], rule: 'outlines-touch' });
    expect(adjacentZones(SITE.zones, 'offices', '1')).toEqual({ ids: ['offices'], rule: 'same-floor' });
    expect(adjacentZones(SITE.zones, null, 'g')).toEqual({ ids: ['stores', 'dock', 'canteen'], rule: 'no-zone' });
  });
});

describe('investigate, on a real SQLite log', () => {
  const found = investigate(store.db, SITE, anchor, 6, 10);

  it('takes the devices within the radius on the same floor only, nearest first', () => {
    expect(found.devices.map((d) => [d.id, d.distanceM])).toEqual([
      ['pir-stores', 0],
      ['cam-stores', 3],
      ['door-stores', 4],
    ]);
    expect(found.window).toEqual({ from: T - 10 * MIN, to: T + 10 * MIN, radiusM: 6, minutes: 10 });
  });

  it('lists their events in the window, oldest first', () => {
    expect(found.events.map((e) => [e.deviceId, e.receivedAt - T])).toEqual([
      ['door-stores', -3 * MIN],
      ['door-stores', -3 * MIN + 5000],
      ['cam-stores', -2 * MIN],
      ['pir-stores', -1 * MIN],
      ['cam-stores', 1 * MIN],
    ]);
  });

  it('gives badge activity at the doors of the same and adjacent zones, with holder and credential', () => {
    expect(found.badges.map((b) => [b.doorId, b.event, b.holder, b.credential, b.reason, b.drill])).toEqual([
      ['door-dock', 'denied', null, 'card-0001', 'expired', null],
      ['door-stores', 'granted', 'J. Doe', 'card-7731', null, null],
      ['door-dock', 'door-forced', null, null, null, 3],
    ]);
  });

  it("shows each nearby camera's last health report at or before the moment", () => {
    expect(found.cameras).toEqual([
      {
        deviceId: 'cam-stores',
        name: 'cam-stores name',
        distanceM: 3,
        status: 'video-loss',
        reportedAt: T - 2 * MIN,
        online: null,
      },
    ]);
    const wide = investigate(store.db, SITE, anchor, 40, 10);
    expect(wide.cameras.find((c) => c.deviceId === 'cam-canteen')).toMatchObject({
      status: 'no report',
      reportedAt: null,
    });
    expect(wide.truncated).toEqual({ events: false, badges: false });
  });
});
