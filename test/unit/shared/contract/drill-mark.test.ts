import { describe, expect, it } from 'vitest';
import { decodeDelivery, type Delivery } from '../../../../shared/contract/decode.js';

const TS = 1_800_000_000_000;
const delivery = (channel: string, payload: unknown): Delivery => ({
  topic: `watchfloor/v1/hq/dev-1/${channel}`,
  payload: new TextEncoder().encode(JSON.stringify(payload)),
  receivedAt: 1_800_000_000_000,
  retained: false,
});

describe('the drill mark on device payloads', () => {
  it('is kept on every channel, the last will included', () => {
    const payloads = {
      alarm: { id: 'a', ts: TS, kind: 'intrusion', state: 'active', drill: 3 },
      camera: { id: 'c', ts: TS, status: 'offline', drill: 3 },
      access: { id: 'x', ts: TS, event: 'door-forced', drill: 3 },
      status: { online: false, drill: 3 },
      checkpoint: { id: 'k', ts: TS, checkpoint: 'cp-1', guard: 'G', drill: 3 },
    };
    for (const [channel, payload] of Object.entries(payloads)) {
      expect(decodeDelivery(delivery(channel, payload))).toMatchObject({ ok: true, event: { payload: { drill: 3 } } });
    }
  });

  it('is optional, and absent from real traffic', () => {
    const decoded = decodeDelivery(delivery('access', { id: 'x', ts: TS, event: 'granted' }));
    if (decoded.ok !== true) throw new Error(`refused: ${decoded.reason}`);
    expect('drill' in decoded.event.payload).toBe(false);
  });

  it('quarantines a mark that is not a positive integer', () => {
    for (const drill of [0, -1, 1.5, '3', null]) {
      const decoded = decodeDelivery(delivery('access', { id: 'x', ts: TS, event: 'granted', drill }));
      expect(decoded).toMatchObject({ ok: false, reason: expect.stringContaining('drill') });
    }
  });
});
