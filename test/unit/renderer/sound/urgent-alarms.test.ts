import { describe, expect, it } from 'vitest';
import { isUrgentUnacknowledged, waitingOf } from '../../../../renderer/sound/urgent-alarms.js';
import { alarm } from '../builders.js';

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
    expect(waitingOf({ waiting: 0, escalated: 0, becameUrgent: 3 })).toBe('none');
    expect(waitingOf({ waiting: 2, escalated: 0, becameUrgent: 3 })).toBe('unacknowledged');
    expect(waitingOf({ waiting: 2, escalated: 1, becameUrgent: 3 })).toBe('escalated');
  });
});
