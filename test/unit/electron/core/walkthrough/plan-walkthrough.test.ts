import { describe, expect, it } from 'vitest';
import { walkthroughRequestSchema } from '../../../../../shared/domain/walkthrough.js';
import { planWalkthrough } from '../../../../../electron/core/walkthrough/plan-walkthrough.js';
import { WalkthroughRequestError } from '../../../../../electron/core/walkthrough/walkthrough-scope.js';
import type { Suggestion } from '../../../../../electron/core/walkthrough/suggest-stops.js';
import { NOW, TROUBLED_TOWER } from './attention-fixture.js';

const reason = (text: string) => [{ code: 'door-trouble' as const, text, count: 3, lastAt: NOW }];
const SUGGESTIONS: Suggestion[] = [
  { deviceId: 'door-broken', reasons: reason('fault') },
  { deviceId: 'cam-lossy', reasons: reason('video') },
  { deviceId: 'mystery-7', reasons: [{ code: 'unplaced', text: 'unplaced', count: null, lastAt: NOW }] },
  { deviceId: 'pir-users', reasons: reason('false') },
];
const plan = (request: Record<string, unknown> = {}, suggestions = SUGGESTIONS) =>
  planWalkthrough({
    site: TROUBLED_TOWER,
    request: walkthroughRequestSchema.parse(request),
    now: NOW,
    suggestions,
    checkpoints: [],
  });

describe('planWalkthrough', () => {
  it('starts at the security office, routes the placed stops and lists the unplaced last', () => {
    const walk = plan();
    expect(walk.start).toEqual({ floorId: 'f0', x: 5, y: 5, label: 'Security office' });
    expect(walk.stops.map((stop) => `${stop.order} ${stop.deviceId}`)).toEqual([
      '1 cam-lossy',
      '2 pir-users',
      '3 door-broken',
      '4 mystery-7',
    ]);
    expect(walk.stops[3]).toMatchObject({ floorId: null, x: null, y: null, leg: null });
    expect(walk.warnings).toEqual(['1 devices are not placed on any plan: listed last, without a route']);
    const legs = walk.stops.flatMap((stop) => (stop.leg ? [stop.leg] : []));
    expect(walk.totalDistanceM).toBeCloseTo(legs.reduce((sum, leg) => sum + leg.walkM, 0));
    expect(walk.estimatedDurationS).toBeCloseTo(legs.reduce((sum, leg) => sum + leg.seconds, 0) + 3 * 60);
    expect(walk.window).toEqual({ from: NOW - 7 * 86_400_000, to: NOW });
  });

  it('keeps to the chosen floors and leaves unplaced devices off a single-floor walk', () => {
    const walk = plan({ floors: ['f1'] });
    expect(walk.floorIds).toEqual(['f1']);
    expect(walk.buildingId).toBe('tower');
    expect(walk.stops.map((stop) => stop.deviceId)).toEqual(['pir-users']);
    // The walk still starts at the desk on the ground floor: the first leg climbs.
    expect(walk.stops[0]?.leg?.rides).toHaveLength(1);
  });

  it('refuses a building or floor the site does not have', () => {
    expect(() => plan({ building: 'annexe' })).toThrow(WalkthroughRequestError);
    expect(() => plan({ floors: ['f9'] })).toThrow(/no floor "f9"/);
  });

  it('is an empty walk, not an error, when nothing needs attention', () => {
    const walk = plan({}, []);
    expect(walk).toMatchObject({ stops: [], totalDistanceM: 0, estimatedDurationS: 0, warnings: [] });
  });

  it('plans a patrol over chosen tag readers, or every one in scope', () => {
    const site = {
      ...TROUBLED_TOWER,
      devices: [
        ...TROUBLED_TOWER.devices,
        { id: 'tag-a', name: 'Tag A', type: 'tag-reader' as const, floorId: 'f2', x: 50, y: 30 },
        { id: 'tag-b', name: 'Tag B', type: 'tag-reader' as const, floorId: 'f0', x: 50, y: 30 },
      ],
    };
    const patrol = (request: Record<string, unknown>) =>
      planWalkthrough({
        site,
        request: walkthroughRequestSchema.parse({ goal: 'patrol', ...request }),
        now: NOW,
        suggestions: [],
        checkpoints: [],
      });
    expect(patrol({}).stops.map((stop) => stop.deviceId)).toEqual(['tag-b', 'tag-a']);
    expect(patrol({ checkpoints: ['tag-a'] }).stops[0]?.reasons[0]?.code).toBe('checkpoint');
    expect(() => patrol({ checkpoints: ['tag-z'] })).toThrow(/no checkpoint or tag reader "tag-z"/);
    expect(() => patrol({ checkpoints: ['tag-a'], floors: ['f0'] })).toThrow(/outside the walk/);
  });
});
