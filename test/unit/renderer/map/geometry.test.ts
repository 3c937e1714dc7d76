import { describe, expect, it } from 'vitest';
import { floorBounds, metresToLatLng } from '../../../../renderer/map/geometry.js';

const floor = { widthM: 60, heightM: 40 };

describe('floor geometry', () => {
  it('puts the plan top-left at latitude heightM, longitude 0', () => {
    expect(metresToLatLng(floor, 0, 0)).toEqual([40, 0]);
  });

  it('measures y downwards from the top edge and x rightwards', () => {
    expect(metresToLatLng(floor, 10, 5)).toEqual([35, 10]);
    expect(metresToLatLng(floor, 60, 40)).toEqual([0, 60]);
  });

  it('bounds the image from bottom-left to top-right', () => {
    expect(floorBounds(floor)).toEqual([
      [0, 0],
      [40, 60],
    ]);
  });
});
