import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { actionLog } from './action-log.js';
import { alarmRecords } from './alarm-records.js';
import { openDatabase, type OpenOptions } from './database.js';
import { deviceStates } from './device-states.js';
import { eventLog } from './event-log.js';
import { incidentRecords } from './incident-records.js';
import { operatorAccounts } from './operators.js';
import { quarantine } from './quarantine.js';
import { sessionRecords } from './sessions.js';
import { shiftRecords } from './shift-records.js';
import { handoverRecords } from './handover-records.js';
import { occurrenceRecords } from './occurrence-records.js';

/** The console's one database file and the repositories over it. */
export function openStore(path: string, options: OpenOptions = {}) {
  const db: Database = openDatabase(path, options);
  return {
    db,
    path,
    events: eventLog(db),
    quarantine: quarantine(db),
    devices: deviceStates(db),
    alarms: alarmRecords(db),
    incidents: incidentRecords(db),
    actions: actionLog(db),
    operators: operatorAccounts(db),
    sessions: sessionRecords(db),
    shifts: shiftRecords(db),
    handovers: handoverRecords(db),
    occurrences: occurrenceRecords(db),
    /** Runs `work` in one transaction: all of it is committed, or none. */
    inTransaction<T>(work: () => T): T {
      return db.transaction(work)();
    },
    sizeBytes(): number {
      if (path === ':memory:') return 0;
      const wal = (() => {
        try {
          return statSync(`${path}-wal`).size;
        } catch {
          return 0;
        }
      })();
      return statSync(path).size + wal;
    },
    close(): void {
      db.close();
    },
  };
}
export type Store = ReturnType<typeof openStore>;
