import { describe, expect, it } from 'vitest';
import { DEMO_SITE_DIR } from '../../../../../electron/core/package-root.js';
import { locationProblem, occurredAtProblem } from '../../../../../electron/core/occurrences/occurrence-checks.js';
import { loadSite } from '../../../../../electron/core/site/load-site.js';

const site = loadSite(DEMO_SITE_DIR);
const NOW = 1_700_000_000_000;

describe('where and when a guard says an occurrence happened', () => {
  it('accepts a point on a floor, with or without a zone on that floor', () => {
    expect(locationProblem(site, { floorId: 'g', x: 15, y: 4, zone: 'loading-dock' })).toBeNull();
    expect(locationProblem(site, { floorId: '1', x: 0, y: 0, zone: null })).toBeNull();
  });

  it('refuses unknown floors and zones, points off the plan, and a zone on another floor', () => {
    expect(locationProblem(site, { floorId: 'roof', x: 1, y: 1, zone: null })).toBe('there is no floor roof');
    expect(locationProblem(site, { floorId: 'g', x: 81, y: 1, zone: null })).toBe(
      '(81, 1) is outside Ground floor (80 × 50 m)',
    );
    expect(locationProblem(site, { floorId: 'g', x: 1, y: 1, zone: 'nowhere' })).toBe('there is no zone nowhere');
    expect(locationProblem(site, { floorId: '1', x: 1, y: 1, zone: 'loading-dock' })).toMatch(
      /^zone .* is not on First floor$/,
    );
    expect(locationProblem(null, { floorId: 'g', x: 1, y: 1, zone: null })).toMatch(/no site is loaded/);
  });

  it('takes a time within the last week, never one in the future', () => {
    expect(occurredAtProblem(undefined, NOW)).toBeNull();
    expect(occurredAtProblem(NOW - 3_600_000, NOW)).toBeNull();
    expect(occurredAtProblem(NOW + 3_600_000, NOW)).toMatch(/future/);
    expect(occurredAtProblem(NOW - 8 * 86_400_000, NOW)).toMatch(/last 7 days/);
  });
});
