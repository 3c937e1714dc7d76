import { describe, expect, it } from 'vitest';
import { queueOrder } from '../../../../renderer/store/alarm-order.js';
import { alarm } from '../builders.js';

describe('queueOrder', () => {
  it('puts priority 1 first, then the oldest, with id breaking ties', () => {
    const alarms = new Map(
      [
        alarm(1, { priority: 3, raisedAt: 100 }),
        alarm(2, { priority: 1, raisedAt: 500 }),
        alarm(3, { priority: 1, raisedAt: 200 }),
        alarm(4, { priority: 2, raisedAt: 50 }),
        alarm(5, { priority: 1, raisedAt: 200 }),
      ].map((a) => [a.id, a]),
    );
    expect(queueOrder(alarms).map((a) => a.id)).toEqual([3, 5, 2, 4, 1]);
  });

  it('sorts once per alarms record', () => {
    const alarms = new Map([
      [1, alarm(1)],
      [2, alarm(2)],
    ]);
    expect(queueOrder(alarms)).toBe(queueOrder(alarms));
    expect(queueOrder(new Map(alarms))).not.toBe(queueOrder(alarms));
  });
});
