import { newSeatId, parseIdentity, type SeatIdentity } from './seat-identity.js';

/** What this browser remembers between shifts; a seat is the browser profile, not the person. */
const IDENTITY_KEY = 'watchfloor.seat';
const SEAT_ID_KEY = 'watchfloor.seat-id';
const MUTED_KEY = 'watchfloor.muted';

export type SeatStorage = Pick<Storage, 'getItem' | 'setItem'>;

const FORGETFUL: SeatStorage = { getItem: () => null, setItem: () => undefined };

/** The browser's localStorage, or a stand-in when the page may not have one (reading it can throw). */
export function browserStorage(page: Window): SeatStorage {
  try {
    return page.localStorage;
  } catch {
    return FORGETFUL;
  }
}

/** Storage can be disabled or full; a seat must still work, only forgetfully. */
function read(storage: SeatStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function write(storage: SeatStorage, key: string, value: string): void {
  try {
    storage.setItem(key, value);
  } catch {
    // Nothing to do: the seat keeps working for this session.
  }
}

export function loadIdentity(storage: SeatStorage): SeatIdentity | null {
  const raw = read(storage, IDENTITY_KEY);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? parseIdentity(value) : null;
  } catch {
    return null;
  }
}

export function saveIdentity(storage: SeatStorage, identity: SeatIdentity): void {
  write(storage, IDENTITY_KEY, JSON.stringify(identity));
  write(storage, SEAT_ID_KEY, identity.seat);
}

/** This browser's seat id, made once and kept, so the log tells desks apart across operators. */
export function loadSeatId(storage: SeatStorage): string {
  const stored = read(storage, SEAT_ID_KEY);
  if (stored !== null && /^[A-Za-z0-9._-]{1,64}$/.test(stored)) return stored;
  const seat = newSeatId();
  write(storage, SEAT_ID_KEY, seat);
  return seat;
}

export const loadMuted = (storage: SeatStorage): boolean => read(storage, MUTED_KEY) === 'true';
export const saveMuted = (storage: SeatStorage, muted: boolean): void => write(storage, MUTED_KEY, String(muted));
