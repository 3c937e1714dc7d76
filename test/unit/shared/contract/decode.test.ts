import { describe, expect, it } from 'vitest';
import {
  decodeDelivery,
  MAX_PAYLOAD_BYTES,
  MAX_REMEMBERED_TOPICS,
  type Delivery,
} from '../../../../shared/contract/decode.js';

const at = Date.UTC(2026, 10, 21, 3, 0, 0);
const delivery = (topic: string, payload: unknown, retained = false): Delivery => ({
  topic,
  payload: new TextEncoder().encode(typeof payload === 'string' ? payload : JSON.stringify(payload)),
  receivedAt: at,
  retained,
});
const topic = (channel: string) => `watchfloor/v1/hq/dev-1/${channel}`;

describe('decodeDelivery', () => {
  it('accepts each channel and normalises ts to epoch ms (ISO or number)', () => {
    const iso = decodeDelivery(
      delivery(topic('access'), { id: 'e1', ts: '2026-11-21T02:59:58.500Z', event: 'door-forced' }),
    );
    expect(iso).toMatchObject({
      ok: true,
      event: { channel: 'access', eventId: 'e1', deviceTs: at - 1500, receivedAt: at },
    });
    const epoch = decodeDelivery(
      delivery(topic('alarm'), { id: 'e2', ts: at - 10, kind: 'panic', state: 'active', priority: 1 }),
    );
    expect(epoch).toMatchObject({ ok: true, event: { channel: 'alarm', deviceTs: at - 10, payload: { priority: 1 } } });
    const offset = decodeDelivery(
      delivery(topic('camera'), { id: 'e3', ts: '2026-11-21T04:00:00+01:00', status: 'ok', fps: 25 }),
    );
    expect(offset).toMatchObject({ ok: true, event: { deviceTs: at } });
    const scan = decodeDelivery(
      delivery(topic('checkpoint'), { id: 'e4', ts: at, checkpoint: 'cp-3', guard: 'G. Okafor' }),
    );
    expect(scan).toMatchObject({ ok: true, event: { channel: 'checkpoint', payload: { guard: 'G. Okafor' } } });
  });

  it('gives a last will without id or ts a console id per delivery, so a second will is not a duplicate', () => {
    const live = decodeDelivery(delivery(topic('status'), { online: false }));
    expect(live).toMatchObject({
      ok: true,
      event: { eventId: `offline-${at}`, deviceTs: null, payload: { online: false } },
    });
    const retained = decodeDelivery(delivery(topic('status'), { online: false }, true));
    expect(retained).toMatchObject({ ok: true, event: { eventId: `retained-offline-${at}` } });
    const later = decodeDelivery({ ...delivery(topic('status'), { online: false }, true), receivedAt: at + 60_000 });
    expect(later).toMatchObject({ ok: true, event: { eventId: `retained-offline-${at + 60_000}` } });
  });

  it('ignores an empty publish (a retained message being cleared) instead of quarantining it', () => {
    expect(
      decodeDelivery({ topic: topic('status'), payload: new Uint8Array(), receivedAt: at, retained: false }),
    ).toEqual({
      ok: 'ignored',
      reason: 'empty payload (retained message cleared)',
    });
  });

  it.each([
    ['not JSON', '{"id":', 'not JSON'],
    ['an array', '[1,2]', 'JSON object'],
    ['null', 'null', 'JSON object'],
    ['missing id', { ts: at, kind: 'fire', state: 'active' }, 'id'],
    ['overlong id', { id: 'x'.repeat(129), ts: at, kind: 'fire', state: 'active' }, 'id'],
    ['unknown kind', { id: 'a', ts: at, kind: 'alien', state: 'active' }, 'kind'],
    ['priority 5', { id: 'a', ts: at, kind: 'fire', state: 'active', priority: 5 }, 'priority'],
    ['priority 1.5', { id: 'a', ts: at, kind: 'fire', state: 'active', priority: 1.5 }, 'priority'],
    ['ts without zone', { id: 'a', ts: '2026-11-21T03:00:00', kind: 'fire', state: 'active' }, 'ts'],
    ['ts in 1970', { id: 'a', ts: 5, kind: 'fire', state: 'active' }, 'ts'],
    ['ts as text garbage', { id: 'a', ts: 'yesterday', kind: 'fire', state: 'active' }, 'ts'],
  ])('quarantines %s with a reason', (_name, payload, reasonPart) => {
    const decoded = decodeDelivery(delivery(topic('alarm'), payload));
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toContain(reasonPart);
  });

  it('rejects invalid UTF-8 and oversize payloads before parsing', () => {
    const bad = {
      topic: topic('alarm'),
      payload: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      receivedAt: at,
      retained: false,
    };
    expect(decodeDelivery(bad)).toEqual({ ok: false, reason: 'payload is not valid UTF-8' });
    const huge = delivery(topic('alarm'), {
      id: 'a',
      ts: at,
      kind: 'fire',
      state: 'active',
      detail: 'x'.repeat(MAX_PAYLOAD_BYTES),
    });
    expect(decodeDelivery(huge)).toMatchObject({ ok: false, reason: expect.stringContaining('exceeds') });
  });

  it('does not let a __proto__ key reach the event', () => {
    const decoded = decodeDelivery(
      delivery(
        topic('alarm'),
        '{"id":"p","ts":1763694000000,"kind":"fire","state":"active","__proto__":{"polluted":true}}',
      ),
    );
    expect(decoded.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (decoded.ok === true) expect(Object.getPrototypeOf(decoded.event.payload)).toBe(Object.prototype);
  });

  it('hands back the payload text exactly as sent, for the log to store', () => {
    const sent = '{ "id": "t1", "ts": 1763694000000, "kind": "fire", "state": "active", "detail": "Küche" }';
    const decoded = decodeDelivery(delivery(topic('alarm'), sent));
    expect(decoded).toMatchObject({ ok: true, text: sent });
  });

  it('judges each topic the same however often it comes and however many others came between', () => {
    const first = delivery(topic('alarm'), { id: 'r1', ts: at, kind: 'fire', state: 'active' });
    expect(decodeDelivery(first)).toMatchObject({ ok: true, event: { deviceId: 'dev-1', channel: 'alarm' } });
    for (let n = 0; n <= MAX_REMEMBERED_TOPICS; n++) {
      decodeDelivery(delivery(`watchfloor/v1/hq/flood-${n}/alarm`, { id: 'f', ts: at, kind: 'fire', state: 'active' }));
    }
    expect(decodeDelivery({ ...first, topic: topic('alarm') })).toMatchObject({
      ok: true,
      event: { deviceId: 'dev-1' },
    });
    const wrong = delivery('watchfloor/v1/hq/dev-1/sprinkler', { id: 'w', ts: at });
    expect(decodeDelivery(wrong)).toEqual({ ok: false, reason: 'unknown channel "sprinkler"' });
    expect(decodeDelivery(wrong)).toEqual({ ok: false, reason: 'unknown channel "sprinkler"' });
  });
});
