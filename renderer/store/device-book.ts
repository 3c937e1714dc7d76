import type { DeviceState } from '../../shared/domain/device-state.js';

/**
 * Device states by id, kept in shards so that a batch which replaces a few devices copies only
 * the shards holding them (tens of entries each) rather than every device: copying a 5,000-entry
 * record per animation frame was the largest script cost on a busy floor. A write makes a new
 * book; untouched shards and entries keep their identity, so selectors stay quiet.
 */
export type DeviceBook = {
  readonly shards: readonly ReadonlyMap<string, DeviceState>[];
  readonly size: number;
};

/** Fixed, so a device's shard never moves; ~40 devices a shard on a 5,000-device site. */
export const DEVICE_BOOK_SHARDS = 128;

const NO_STATES: ReadonlyMap<string, DeviceState> = new Map();

export const EMPTY_DEVICE_BOOK: DeviceBook = {
  shards: Array.from({ length: DEVICE_BOOK_SHARDS }, () => NO_STATES),
  size: 0,
};

/** FNV-1a over the id's char codes: cheap, and spreads "dev-1", "dev-2"… across shards. */
function shardOf(deviceId: string): number {
  let hash = 0x811c9dc5;
  for (let n = 0; n < deviceId.length; n++) hash = Math.imul(hash ^ deviceId.charCodeAt(n), 0x01000193);
  return (hash >>> 0) % DEVICE_BOOK_SHARDS;
}

export const deviceOf = (book: DeviceBook, deviceId: string): DeviceState | undefined =>
  book.shards[shardOf(deviceId)]?.get(deviceId);

export const hasDevice = (book: DeviceBook, deviceId: string): boolean =>
  book.shards[shardOf(deviceId)]?.has(deviceId) ?? false;

export function* allDevices(book: DeviceBook): Iterable<DeviceState> {
  for (const shard of book.shards) yield* shard.values();
}

/** A book of these devices (a snapshot); a later state of the same id wins. */
export const bookOf = (devices: Iterable<DeviceState>): DeviceBook => withDevices(EMPTY_DEVICE_BOOK, devices);

/** The book with these states written in order; the same book when there are none. */
export function withDevices(book: DeviceBook, states: Iterable<DeviceState>): DeviceBook {
  let shards: ReadonlyMap<string, DeviceState>[] | null = null;
  const copied = new Set<number>();
  let { size } = book;
  for (const state of states) {
    shards ??= [...book.shards];
    const at = shardOf(state.deviceId);
    const shard = shards[at] ?? NO_STATES;
    const draft = copied.has(at) ? (shard as Map<string, DeviceState>) : new Map(shard);
    copied.add(at);
    if (!draft.has(state.deviceId)) size += 1;
    draft.set(state.deviceId, state);
    shards[at] = draft;
  }
  return shards ? { shards, size } : book;
}
