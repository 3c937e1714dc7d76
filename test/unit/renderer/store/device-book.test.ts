import { describe, expect, it } from 'vitest';
import {
  allDevices,
  bookOf,
  deviceOf,
  EMPTY_DEVICE_BOOK,
  hasDevice,
  withDevices,
} from '../../../../renderer/store/device-book.js';
import { device } from '../builders.js';

describe('the device book', () => {
  it('holds what a plain map would after random writes, and keeps untouched entries and shards', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
    const plain = new Map<string, ReturnType<typeof device>>();
    let book = EMPTY_DEVICE_BOOK;
    for (let batch = 0; batch < 200; batch++) {
      const states = Array.from({ length: Math.floor(next() * 12) }, () =>
        device(`dev-${Math.floor(next() * 500)}`, { lastSeenAt: batch }),
      );
      const before = book;
      book = withDevices(book, states);
      for (const state of states) plain.set(state.deviceId, state);
      expect(book.size).toBe(plain.size);
      const written = new Set(states.map((state) => state.deviceId));
      for (const [id, state] of plain) {
        expect(deviceOf(book, id)).toBe(state);
        if (!written.has(id)) expect(deviceOf(book, id)).toBe(deviceOf(before, id));
      }
      const touchedShards = book.shards.filter((shard, n) => shard !== before.shards[n]).length;
      expect(touchedShards).toBeLessThanOrEqual(written.size);
    }
    expect(new Set(allDevices(book))).toEqual(new Set(plain.values()));
    expect(hasDevice(book, 'dev-nobody')).toBe(false);
  });

  it('is the same book when a batch writes no device', () => {
    const book = bookOf([device('door-g-lobby')]);
    expect(withDevices(book, [])).toBe(book);
    expect(deviceOf(book, 'door-g-lobby')?.deviceId).toBe('door-g-lobby');
  });
});
