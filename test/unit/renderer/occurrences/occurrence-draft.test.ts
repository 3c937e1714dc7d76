import { describe, expect, it } from 'vitest';
import {
  draftCommand,
  newDraft,
  pickedLocation,
  toggleAlarm,
  zoneAt,
} from '../../../../renderer/occurrences/occurrence-draft.js';
import { site } from '../builders.js';

const ground = { id: 'ground', name: 'Ground', level: 0, plan: 'g.svg', widthM: 60, heightM: 40 };
const lobbyDevice = site().devices[0];

describe('an occurrence draft', () => {
  it("starts at the selected alarm's device and links that alarm", () => {
    expect(newDraft(7, lobbyDevice)).toMatchObject({
      location: { floorId: 'ground', x: 10, y: 5 },
      zone: 'lobby',
      alarmIds: [7],
    });
    expect(newDraft(null, undefined)).toMatchObject({ location: null, zone: null, alarmIds: [] });
  });

  it('says what is missing, in order, before it makes a command', () => {
    const draft = newDraft(null, undefined);
    expect(draftCommand(draft)).toBe('Choose what happened.');
    expect(draftCommand({ ...draft, category: 'medical' })).toBe('Pick where it happened on the map.');
    const placed = { ...draft, category: 'medical' as const, location: { floorId: 'ground', x: 1, y: 2 } };
    expect(draftCommand(placed)).toBe('Write what happened.');
    const person = { role: 'injured' as const, name: 'P. Lee', description: '  ' };
    expect(draftCommand({ ...placed, narrative: 'Fell', people: [person] })).toBe(
      'Describe every person, or remove the row.',
    );
  });

  it('trims every text and leaves out empty optional ones', () => {
    const command = draftCommand({
      category: 'suspicious-person',
      location: { floorId: 'ground', x: 12.5, y: 3 },
      zone: 'lobby',
      people: [{ role: 'suspect', name: '  ', description: ' red jacket ' }],
      vehicles: [{ plate: ' AB12 CDE ', description: 'white van' }],
      narrative: '  Tried the dock door twice.  ',
      alarmIds: [3],
    });
    expect(command).toEqual({
      action: 'log-occurrence',
      category: 'suspicious-person',
      location: { floorId: 'ground', x: 12.5, y: 3, zone: 'lobby' },
      people: [{ role: 'suspect', name: undefined, description: 'red jacket' }],
      vehicles: [{ plate: 'AB12 CDE', description: 'white van' }],
      narrative: 'Tried the dock door twice.',
      alarmIds: [3],
    });
  });

  it('turns a click on the plan into metres from its top-left corner, and refuses one off the plan', () => {
    expect(pickedLocation(ground, 40 - 5.04, 10.26)).toEqual({ floorId: 'ground', x: 10.3, y: 5 });
    expect(pickedLocation(ground, 41, 10)).toBeNull();
    expect(pickedLocation(ground, 10, -1)).toBeNull();
  });

  it('finds the zone whose outline holds the point', () => {
    const zones = [
      {
        id: 'dock',
        name: 'Dock',
        floorId: 'ground',
        polygon: [
          [0, 0],
          [20, 0],
          [20, 10],
          [0, 10],
        ] as [number, number][],
      },
      {
        id: 'upstairs',
        name: 'Up',
        floorId: 'first',
        polygon: [
          [0, 0],
          [60, 0],
          [60, 40],
        ] as [number, number][],
      },
      { id: 'named-only', name: 'Lobby', floorId: 'ground' },
    ];
    expect(zoneAt(zones, { floorId: 'ground', x: 5, y: 5 })).toBe('dock');
    expect(zoneAt(zones, { floorId: 'ground', x: 25, y: 5 })).toBeNull();
    expect(zoneAt(zones, { floorId: 'first', x: 50, y: 5 })).toBe('upstairs');
  });

  it('links at most 20 alarms, and unlinks with the same toggle', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(toggleAlarm(twenty, 21)).toEqual(twenty);
    expect(toggleAlarm(twenty, 5)).not.toContain(5);
    expect(toggleAlarm([1], 2)).toEqual([1, 2]);
  });
});
