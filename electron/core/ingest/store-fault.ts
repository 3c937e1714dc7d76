import { storeFaultCause, type StoreFault, type StoreHealth } from '../../../shared/domain/health.js';
import { reconnectDelay } from './reconnect-backoff.js';

/** better-sqlite3 puts SQLite's extended code on its errors; anything else is a fault of ours. */
export function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : 'ERROR';
}

/** The fault after one more failed commit: the first sets `since`, each one doubles the wait (1 s to 30 s). */
export function nextStoreFault(previous: StoreFault | null, error: unknown, now: number): StoreFault {
  const code = sqliteCode(error);
  const attempts = (previous?.attempts ?? 0) + 1;
  return {
    code,
    cause: storeFaultCause(code),
    since: previous?.since ?? now,
    attempts,
    retryAt: now + reconnectDelay(attempts - 1),
  };
}

export function storeHealth(fault: StoreFault | null): StoreHealth {
  return { writable: fault === null, fault };
}
