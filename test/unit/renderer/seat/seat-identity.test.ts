import { describe, expect, it } from 'vitest';
import { newSeatId } from '../../../../renderer/seat/seat-identity.js';
import {
  loadMuted,
  loadSeatId,
  loadToken,
  saveMuted,
  type SeatStorage,
} from '../../../../renderer/seat/seat-storage.js';
import { consoleViewFromUrl, seatFromUrl } from '../../../../renderer/seat/seat-url.js';
import { startSeat } from '../../../../renderer/seat/start-seat.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { signInAs } from '../sign-in-as.js';

function memoryStorage(): SeatStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('the seat', () => {
  it('makes short random seat ids', () => {
    expect(newSeatId(() => new Uint8Array([0x4f, 0x2a]))).toBe('seat-4f2a');
    expect(newSeatId()).toMatch(/^seat-[0-9a-f]{4}$/);
  });

  it('takes a seat and a view from the URL, refusing malformed ones', () => {
    expect(seatFromUrl('?seat=desk-a')).toBe('desk-a');
    expect(seatFromUrl('?seat=bad%20seat!')).toBeNull();
    expect(seatFromUrl('?view=queue')).toBeNull();
    expect(consoleViewFromUrl('?view=queue')).toBe('queue');
    expect(consoleViewFromUrl('?view=map&seat=x')).toBe('map');
    expect(consoleViewFromUrl('?view=admin')).toBe('admin');
    expect(consoleViewFromUrl('?view=nonsense')).toBe('full');
  });

  it('remembers the seat id and mute in the browser, and survives rubbish there', () => {
    const storage = memoryStorage();
    const seat = loadSeatId(storage);
    expect(loadSeatId(storage)).toBe(seat);
    storage.data.set('watchfloor.seat-id', 'not a seat id!');
    expect(loadSeatId(storage)).toMatch(/^seat-[0-9a-f]{4}$/);
    expect(loadMuted(storage)).toBe(false);
    saveMuted(storage, true);
    expect(loadMuted(storage)).toBe(true);
  });

  it('keeps the session token in the tab only, and forgets it on sign-out', () => {
    const browser = memoryStorage();
    const tab = memoryStorage();
    const store = createWatchfloorStore();
    expect(startSeat(store, { browser, tab }, '?seat=desk-a')).toBeNull();
    expect(store.getState()).toMatchObject({ browserSeat: 'desk-a', identity: null, session: null });
    signInAs(store, 'j.osei', 'supervisor', 'desk-a');
    expect(store.getState().identity).toEqual({
      operator: 'j.osei',
      displayName: 'j.osei',
      seat: 'desk-a',
      role: 'supervisor',
    });
    expect(loadToken(tab)).toBe('t'.repeat(43));
    expect([...browser.data.values()]).not.toContain('t'.repeat(43));
    expect(startSeat(createWatchfloorStore(), { browser, tab }, '')).toBe('t'.repeat(43));
    store.getState().signOut();
    expect(loadToken(tab)).toBeNull();
    expect(store.getState().identity).toBeNull();
  });
});
