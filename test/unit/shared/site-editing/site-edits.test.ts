import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../../../shared/domain/site.js';
import { addConnector, setConnectorStop } from '../../../../shared/site-editing/connector-edits.js';
import { placeDevice, zoneAt } from '../../../../shared/site-editing/device-edits.js';
import { addBuilding, addFloor, renameBuilding } from '../../../../shared/site-editing/layout-edits.js';
import { freshId } from '../../../../shared/site-editing/site-ids.js';
import { addZoneCorner, closesZone, saveZone, type ZoneDraft } from '../../../../shared/site-editing/zone-edits.js';
import { site } from './site-fixture.js';

describe('placing devices', () => {
  it('places an unplaced device where it is dropped, in the zone whose outline it lands in', () => {
    const placed = placeDevice(site, { id: 'cam-9', name: 'Camera 9', type: 'camera' }, 'g', 6, 2);
    expect(placed.devices.at(-1)).toEqual({
      id: 'cam-9',
      name: 'Camera 9',
      type: 'camera',
      floorId: 'g',
      x: 6,
      y: 2,
      zone: 'z',
    });
    expect(siteSchema.safeParse(placed).success).toBe(true);
  });

  it('moves a placed device, keeping it on the plan when dropped past the edge', () => {
    const device = site.devices[1];
    if (!device) throw new Error('fixture');
    const moved = placeDevice(site, device, 'f1', 130, -4);
    expect(moved.devices.find((candidate) => candidate.id === 'd2')).toEqual({ ...device, x: 100, y: 0 });
    expect(moved.devices).toHaveLength(2);
  });

  it('leaves the site alone for a floor that does not exist', () => {
    expect(placeDevice(site, { id: 'x', name: 'X', type: 'door' }, 'nowhere', 1, 1)).toBe(site);
  });

  it('finds the zone under a point by its outline', () => {
    expect(zoneAt(site, 'g', 9, 1)).toBe('z');
    expect(zoneAt(site, 'g', 1, 9)).toBeUndefined();
    expect(zoneAt(site, 'f1', 9, 1)).toBeUndefined();
  });
});

describe('drawing zones', () => {
  it('adds corners until a click near the first one closes the outline', () => {
    let draft: ZoneDraft = { floorId: 'f1', points: [] };
    for (const [x, y] of [
      [20, 20],
      [40, 20],
      [40, 40],
    ] as const)
      draft = addZoneCorner(draft, x, y);
    expect(closesZone(draft, 20.3, 20.2)).toBe(true);
    expect(closesZone(draft, 30, 30)).toBe(false);
    const saved = saveZone(site, draft, 'Server room');
    expect(saved.zones.at(-1)).toEqual({
      id: 'server-room',
      name: 'Server room',
      floorId: 'f1',
      polygon: draft.points,
    });
    expect(siteSchema.safeParse(saved).success).toBe(true);
  });

  it('will not close or save an outline of fewer than three corners', () => {
    const two: ZoneDraft = {
      floorId: 'g',
      points: [
        [1, 1],
        [2, 2],
      ],
    };
    expect(closesZone(two, 1, 1)).toBe(false);
    expect(saveZone(site, two, 'Line')).toBe(site);
  });
});

describe('connectors and layout', () => {
  it('adds stairs between two floors with a walking cost, and moves one stop', () => {
    const added = addConnector(site, {
      name: 'Stair B',
      kind: 'stairs',
      secondsPerLevel: 25,
      stops: [
        { floorId: 'g', x: 90, y: 40 },
        { floorId: 'f1', x: 91, y: 41 },
      ],
    });
    expect(added.connectors?.at(-1)).toMatchObject({ id: 'stair-b', secondsPerLevel: 25 });
    const moved = setConnectorStop(added, 'stair-b', { floorId: 'f1', x: 80, y: 30 });
    expect(moved.connectors?.at(-1)?.stops).toEqual([
      { floorId: 'g', x: 90, y: 40 },
      { floorId: 'f1', x: 80, y: 30 },
    ]);
    expect(
      addConnector(site, { name: 'Lone', kind: 'lift', secondsPerLevel: 5, stops: [{ floorId: 'g', x: 1, y: 1 }] }),
    ).toBe(site);
  });

  it('adds buildings with a first floor and floors with unique ids, and renames', () => {
    const floor = { name: 'Ground', level: 0, plan: 'plan.png', widthM: 10, heightM: 10 };
    const withAnnexe = addFloor(addBuilding(site, 'Annexe', floor), 'annexe', { ...floor, name: 'First', level: 1 });
    const annexe = withAnnexe.buildings.find((building) => building.id === 'annexe');
    expect(annexe?.floors.map((candidate) => candidate.id)).toEqual(['annexe-ground', 'first']);
    expect(renameBuilding(withAnnexe, 'annexe', 'North annexe').buildings.at(-1)?.name).toBe('North annexe');
    expect(siteSchema.safeParse(withAnnexe).success).toBe(true);
  });

  it('makes ids from names that fit the topic id rules', () => {
    expect(freshId('Stair B', [])).toBe('stair-b');
    expect(freshId('Stair B', ['stair-b', 'stair-b-2'])).toBe('stair-b-3');
    expect(freshId('  ##  ', [], 'zone')).toBe('zone');
  });
});
