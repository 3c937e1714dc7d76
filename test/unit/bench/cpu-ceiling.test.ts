import { describe, expect, it } from 'vitest';
import { cpuCeiling } from '../../bench/cpu-ceiling.js';

describe('cpuCeiling', () => {
  it('bounds the rate by the least work per message spread over every core, and over one thread', () => {
    const ceiling = cpuCeiling({
      cores: 2,
      bareMsgPerS: 100_000,
      clientMicrosPerMsg: 8,
      brokerMicrosPerMsg: 4,
      logInsertMicrosPerEvent: 12,
    });
    expect(ceiling.leastMicrosPerMsg).toBe(20);
    // 2 cores × 1 s / (8 + 12 + 4) µs = 83,333 msg/s.
    expect(ceiling.allCoresMsgPerS).toBeCloseTo(83_333.3, 0);
    expect(ceiling.allCoresRatio).toBeCloseTo(0.833, 3);
    // One thread: 1 s / (8 + 12) µs.
    expect(ceiling.oneThreadMsgPerS).toBe(50_000);
    expect(ceiling.oneThreadRatio).toBe(0.5);
  });

  it('leaves a cheap subscriber on a big machine room above the bare rate', () => {
    const ceiling = cpuCeiling({
      cores: 8,
      bareMsgPerS: 100_000,
      clientMicrosPerMsg: 5,
      brokerMicrosPerMsg: 2,
      logInsertMicrosPerEvent: 3,
    });
    expect(ceiling.allCoresRatio).toBeGreaterThan(0.9);
  });
});
