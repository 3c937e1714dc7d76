import { describe, expect, it } from 'vitest';
import { nextStoreFault, sqliteCode, storeHealth } from '../../../../../electron/core/ingest/store-fault.js';

const sqliteError = (code: string) => Object.assign(new Error(code), { code });

describe('store fault', () => {
  it('takes SQLite codes from the error and calls anything else ERROR', () => {
    expect(sqliteCode(sqliteError('SQLITE_FULL'))).toBe('SQLITE_FULL');
    expect(sqliteCode(sqliteError('ENOSPC'))).toBe('ERROR');
    expect(sqliteCode(new Error('boom'))).toBe('ERROR');
    expect(sqliteCode(null)).toBe('ERROR');
  });

  it('keeps the first failure time and doubles the wait up to 30 s', () => {
    let fault = nextStoreFault(null, sqliteError('SQLITE_FULL'), 1_000);
    expect(fault).toMatchObject({ code: 'SQLITE_FULL', since: 1_000, attempts: 1, retryAt: 2_000 });
    expect(fault.cause).toMatch(/disk .* full/);
    const waits: number[] = [];
    for (let n = 0; n < 7; n++) {
      fault = nextStoreFault(fault, sqliteError('SQLITE_IOERR_WRITE'), 10_000);
      waits.push(fault.retryAt - 10_000);
    }
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(fault).toMatchObject({ since: 1_000, attempts: 8, code: 'SQLITE_IOERR_WRITE' });
    expect(fault.cause).toMatch(/input\/output/);
  });

  it('is writable exactly when there is no fault', () => {
    expect(storeHealth(null)).toEqual({ writable: true, fault: null });
    expect(storeHealth(nextStoreFault(null, sqliteError('SQLITE_READONLY'), 0)).writable).toBe(false);
  });
});
