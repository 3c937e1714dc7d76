import { describe, expect, it } from 'vitest';
import {
  FLOOD_THRESHOLD,
  FLOOD_WINDOW_MS,
  isFlood,
  MAX_TRACKED_RAISES,
  raisesInWindow,
  recordRaises,
} from '../../../../renderer/alarms/flood-meter.js';

const raised = (count: number, from: number, stepMs: number, firstId = 1) =>
  Array.from({ length: count }, (_, i) => ({ id: firstId + i, raisedAt: from + i * stepMs }));

describe('the flood meter (ISA-18.2: more than 10 alarms in 10 minutes)', () => {
  it('is not a flood at 10, and is at 11, within the window', () => {
    const now = 10 * 60_000;
    const ten = recordRaises(new Map(), raised(10, now - 60_000, 1_000));
    expect(raisesInWindow(ten, now)).toBe(10);
    expect(isFlood(raisesInWindow(ten, now))).toBe(false);
    const eleven = recordRaises(ten, raised(1, now, 0, 99));
    expect(isFlood(raisesInWindow(eleven, now))).toBe(true);
    expect(FLOOD_THRESHOLD).toBe(10);
  });

  it('counts an alarm once however often it is sent again', () => {
    const once = recordRaises(new Map(), raised(3, 0, 1_000));
    const again = recordRaises(once, raised(3, 0, 1_000));
    expect(again).toBe(once);
    expect(raisesInWindow(again, 5_000)).toBe(3);
  });

  it('forgets alarms raised more than ten minutes ago', () => {
    const raises = recordRaises(new Map(), raised(12, 0, 60_000)); // one a minute for 12 minutes
    expect(raisesInWindow(raises, 11 * 60_000)).toBe(10);
    expect(raisesInWindow(raises, 11 * 60_000 + FLOOD_WINDOW_MS)).toBe(0);
    expect([...raises.values()].every((at) => at > 11 * 60_000 - FLOOD_WINDOW_MS)).toBe(true);
  });

  it('keeps a bounded number of raise times', () => {
    const raises = recordRaises(new Map(), raised(MAX_TRACKED_RAISES + 50, 0, 1));
    expect(raises.size).toBe(MAX_TRACKED_RAISES);
    expect(raises.has(1)).toBe(false);
  });
});
