import { describe, expect, it } from 'vitest';
import { PacedRestyle } from '../../../../renderer/map/paced-restyle.js';

/** Timers the test fires by hand. */
function handTimers() {
  const due: { callback: () => void; ms: number; cleared: boolean }[] = [];
  return {
    due,
    timers: {
      set: (callback: () => void, ms: number) => {
        const timer = { callback, ms, cleared: false };
        due.push(timer);
        return timer;
      },
      clear: (timer: unknown) => {
        (timer as { cleared: boolean }).cleared = true;
      },
    },
    fire: () => {
      for (const timer of due.splice(0)) if (!timer.cleared) timer.callback();
    },
  };
}

describe('PacedRestyle', () => {
  it('applies gathered restyles together at the next beat, the latest per marker', () => {
    const hand = handTimers();
    const paced = new PacedRestyle<string>(() => {}, 100, hand.timers);
    const applied: string[] = [];
    paced.later('door-1', () => applied.push('door-1 amber'));
    paced.later('cam-2', () => applied.push('cam-2 grey'));
    paced.later('door-1', () => applied.push('door-1 red'));
    expect(applied).toEqual([]);
    expect(hand.due).toHaveLength(1);
    expect(hand.due[0]?.ms).toBe(100);
    hand.fire();
    expect(applied).toEqual(['cam-2 grey', 'door-1 red']);
    hand.fire();
    expect(applied).toHaveLength(2);
  });

  it('applies a selection at once, with everything gathered before it and last', () => {
    const hand = handTimers();
    const paced = new PacedRestyle<string>(() => {}, 100, hand.timers);
    const applied: string[] = [];
    paced.later('cam-2', () => applied.push('cam-2 grey'));
    paced.now('door-1', () => applied.push('door-1 selected'));
    expect(applied).toEqual(['cam-2 grey', 'door-1 selected']);
    hand.fire();
    expect(applied).toHaveLength(2);
  });

  it('tells its owner after each batch applied, and not when there was nothing to apply', () => {
    const hand = handTimers();
    const batches: number[] = [];
    let restyled = 0;
    const paced = new PacedRestyle<string>(() => batches.push(restyled), 100, hand.timers);
    paced.flush();
    expect(batches).toEqual([]);
    paced.later('door-1', () => restyled++);
    paced.later('cam-2', () => restyled++);
    hand.fire();
    expect(batches).toEqual([2]);
  });

  it('drops what is pending when the floor goes', () => {
    const hand = handTimers();
    const paced = new PacedRestyle<string>(() => {}, 100, hand.timers);
    const applied: string[] = [];
    paced.later('door-1', () => applied.push('door-1'));
    paced.stop();
    expect(hand.due[0]?.cleared).toBe(true);
    hand.fire();
    expect(applied).toEqual([]);
  });
});
