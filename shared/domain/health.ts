/** Ingest counters since the core started; names are part of the /api/health contract. */
export type IngestCounters = {
  received: number;
  stored: number;
  duplicates: number;
  quarantined: number;
  /** Empty publishes (a retained message being cleared): neither events nor errors. */
  ignored: number;
};

export type BrokerStatus = {
  /** Broker URL without credentials. */
  url: string;
  connected: boolean;
  since: number;
  lastError: string | null;
};

/**
 * The database as ingest last found it. While `fault` is set, nothing new is stored or
 * acknowledged: the broker keeps the messages for the console's session until a retry commits them.
 */
export type StoreHealth = {
  writable: boolean;
  fault: StoreFault | null;
};

export type StoreFault = {
  /** SQLite's error code of the last failed commit (SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR_WRITE, SQLITE_BUSY…). */
  code: string;
  /** The cause in words a guard or an administrator can act on. */
  cause: string;
  since: number;
  /** Failed commits in a row. */
  attempts: number;
  /** When ingest tries again (it reconnects to the broker, which delivers what it held). */
  retryAt: number;
};

/** What a failed commit's SQLite code means at the desk; codes are matched by prefix (SQLITE_IOERR_WRITE…). */
export function storeFaultCause(code: string): string {
  if (code.startsWith('SQLITE_FULL')) return 'the disk holding the database is full';
  if (code.startsWith('SQLITE_READONLY')) return 'the database file or its disk is read-only';
  if (code.startsWith('SQLITE_IOERR')) return 'the disk reported an input/output error';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'another program holds the database locked';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the database file cannot be opened';
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return 'the database file is damaged';
  return 'the database refused to store new events';
}
