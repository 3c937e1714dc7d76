import { newSeatId } from './seat-identity.js';

/** What this browser remembers between shifts; a seat is the browser profile, not the person. */
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

/**
 * Per tab and gone when the browser closes: where the session token is kept, so a reload does not
 * sign the guard out but a token never outlives the window it was typed into.
 */
export function tabStorage(page: Window): SeatStorage {
  try {
    return page.sessionStorage;
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

const TOKEN_KEY = 'watchfloor.session';

export const loadToken = (storage: SeatStorage): string | null => read(storage, TOKEN_KEY) || null;
export const saveToken = (storage: SeatStorage, token: string | null): void => write(storage, TOKEN_KEY, token ?? '');
