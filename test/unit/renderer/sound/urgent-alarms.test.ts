import { describe, expect, it } from 'vitest';
import { isUrgentUnacknowledged, waitingFor } from '../../../../renderer/sound/urgent-alarms.js';
import { alarm } from '../builders.js';

const map = (...alarms: ReturnType<typeof alarm>[]) => new Map(alarms.map((a) => [a.id, a]));

describe('what the desk calls out loud', () => {
  it('is P1/P2 alarms nobody acknowledged, not shelved', () => {
    expect(isUrgentUnacknowledged(alarm(1, { priority: 1 }))).toBe(true);
    expect(isUrgentUnacknowledged(alarm(1, { priority: 2, state: 'unacknowledged-returned' }))).toBe(true);
    expect(isUrgentUnacknowledged(alarm(1, { priority: 3 }))).toBe(false);
    expect(isUrgentUnacknowledged(alarm(1, { priority: 1, state: 'acknowledged-active' }))).toBe(false);
    const shelved = { by: 'x', reason: 'y', at: 0, until: 1 };
    expect(isUrgentUnacknowledged(alarm(1, { priority: 1, shelved }))).toBe(false);
  });

  it('waits "escalated" when any of them escalated', () => {
    expect(waitingFor(map())).toBe('none');
    expect(waitingFor(map(alarm(1, { priority: 3 })))).toBe('none');
    expect(waitingFor(map(alarm(1, { priority: 2 })))).toBe('unacknowledged');
    expect(waitingFor(map(alarm(1, { priority: 2 }), alarm(2, { priority: 1, escalatedAt: 5 })))).toBe('escalated');
  });
});
