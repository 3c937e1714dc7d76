import { describe, expect, it } from 'vitest';
import { cleanOperatorName, newSeatId, parseIdentity } from '../../../../renderer/seat/seat-identity.js';
import {
  loadIdentity,
  loadMuted,
  loadSeatId,
  saveIdentity,
  saveMuted,
  type SeatStorage,
} from '../../../../renderer/seat/seat-storage.js';
import { consoleViewFromUrl, identityFromUrl } from '../../../../renderer/seat/seat-url.js';
import { startSeat } from '../../../../renderer/seat/start-seat.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';

function memoryStorage(): SeatStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('the seat’s identity', () => {
  it('makes short random seat ids', () => {
    expect(newSeatId(() => new Uint8Array([0x4f, 0x2a]))).toBe('seat-4f2a');
    expect(newSeatId()).toMatch(/^seat-[0-9a-f]{4}$/);
  });

  it('tidies operator names and refuses empty or over-long ones', () => {
    expect(cleanOperatorName('  J.   Osei ')).toBe('J. Osei');
    expect(cleanOperatorName('   ')).toBeNull();
    expect(cleanOperatorName('x'.repeat(65))).toBeNull();
    expect(parseIdentity({ operator: 'A', seat: 'bad seat!', role: 'guard' })).toBeNull();
    expect(parseIdentity({ operator: 'A', seat: 'desk-1', role: 'boss' })).toEqual({
      operator: 'A',
      seat: 'desk-1',
      role: 'guard',
    });
  });

  it('takes an operator from the URL, with this browser’s seat unless one is given', () => {
    expect(identityFromUrl('?operator=A.%20Guard&seat=desk-a&role=supervisor', 'seat-1111')).toEqual({
      operator: 'A. Guard',
      seat: 'desk-a',
      role: 'supervisor',
    });
    expect(identityFromUrl('?operator=B.+Guard', 'seat-1111')).toEqual({
      operator: 'B. Guard',
      seat: 'seat-1111',
      role: 'guard',
    });
    expect(identityFromUrl('?view=queue', 'seat-1111')).toBeNull();
    expect(consoleViewFromUrl('?view=queue')).toBe('queue');
    expect(consoleViewFromUrl('?view=map&operator=x')).toBe('map');
    expect(consoleViewFromUrl('?view=nonsense')).toBe('full');
  });

  it('remembers sign-on, seat id and mute in storage, and survives rubbish there', () => {
    const storage = memoryStorage();
    const seat = loadSeatId(storage);
    expect(loadSeatId(storage)).toBe(seat);
    expect(loadIdentity(storage)).toBeNull();
    saveIdentity(storage, { operator: 'J. Osei', seat, role: 'guard' });
    expect(loadIdentity(storage)).toEqual({ operator: 'J. Osei', seat, role: 'guard' });
    storage.data.set('watchfloor.seat', '{not json');
    expect(loadIdentity(storage)).toBeNull();
    expect(loadMuted(storage)).toBe(false);
    saveMuted(storage, true);
    expect(loadMuted(storage)).toBe(true);
  });

  it('asks for a sign-on at start when there is none, and stores a later sign-on', () => {
    const storage = memoryStorage();
    const store = createWatchfloorStore();
    startSeat(store, storage, '');
    expect(store.getState().identity).toBeNull();
    expect(store.getState().dialog).toEqual({ kind: 'sign-on' });
    store.getState().closeDialog();
    expect(store.getState().dialog).toEqual({ kind: 'sign-on' }); // not optional while nobody is signed on
    store.getState().signOn({ operator: 'J. Osei', seat: store.getState().browserSeat, role: 'guard' });
    store.getState().closeDialog();
    expect(store.getState().dialog).toBeNull();
    expect(loadIdentity(storage)?.operator).toBe('J. Osei');
    store.getState().setMuted(true);
    expect(loadMuted(storage)).toBe(true);
  });

  it('does not store a sign-on that came from the URL', () => {
    const storage = memoryStorage();
    const store = createWatchfloorStore();
    startSeat(store, storage, '?operator=A.%20Guard&seat=desk-a');
    expect(store.getState()).toMatchObject({ identity: { operator: 'A. Guard', seat: 'desk-a' }, dialog: null });
    store.getState().setMuted(true);
    expect(loadIdentity(storage)).toBeNull();
  });
});
