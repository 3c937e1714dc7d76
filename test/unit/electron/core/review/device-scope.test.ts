import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../../shared/domain/site.js';
import { deviceScope } from '../../../../../electron/core/review/device-scope.js';

const plan = { plan: 'p.svg', widthM: 10, heightM: 10 };
const site: Site = {
  formatVersion: 1,
  id: 'hq',
  name: 'HQ',
  timezone: 'UTC',
  buildings: [
    { id: 'north', name: 'North', floors: [{ id: 'n0', name: 'Ground', level: 0, ...plan }] },
    {
      id: 'south',
      name: 'South',
      floors: [
        { id: 's0', name: 'Ground', level: 0, ...plan },
        { id: 's1', name: 'First', level: 1, ...plan },
      ],
    },
  ],
  zones: [
    { id: 'lobby', name: 'Lobby', floorId: 's0' },
    { id: 'lab', name: 'Lab', floorId: 's1' },
  ],
  devices: [
    { id: 'door-n', name: 'North door', type: 'door', floorId: 'n0', x: 1, y: 1 },
    { id: 'door-s', name: 'South door', type: 'door', floorId: 's0', x: 1, y: 1, zone: 'lobby' },
    { id: 'cam-s', name: 'South camera', type: 'camera', floorId: 's0', x: 2, y: 1, zone: 'lobby' },
    { id: 'pir-lab', name: 'Lab PIR', type: 'motion-sensor', floorId: 's1', x: 1, y: 1, zone: 'lab' },
  ],
};

describe('deviceScope', () => {
  it('is every device, placed or not, without a place filter', () => {
    expect(deviceScope(site, {})).toBeNull();
  });

  it('is the one device asked for, even one the site does not place', () => {
    expect(deviceScope(site, { device: 'unplaced-7' })).toEqual(['unplaced-7']);
  });

  it('resolves a building, a floor and a zone to their devices', () => {
    expect(deviceScope(site, { building: 'south' })).toEqual(['door-s', 'cam-s', 'pir-lab']);
    expect(deviceScope(site, { floor: 's0' })).toEqual(['door-s', 'cam-s']);
    expect(deviceScope(site, { zone: 'lab' })).toEqual(['pir-lab']);
  });

  it('narrows when filters are combined, and is empty when they contradict', () => {
    expect(deviceScope(site, { building: 'south', zone: 'lobby', device: 'cam-s' })).toEqual(['cam-s']);
    expect(deviceScope(site, { building: 'north', zone: 'lobby' })).toEqual([]);
    expect(deviceScope(site, { zone: 'nowhere' })).toEqual([]);
    expect(deviceScope(null, { floor: 's0' })).toEqual([]);
  });
});
