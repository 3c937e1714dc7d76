import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { actionLog } from './action-log.js';
import { alarmRecords } from './alarm-records.js';
import { openDatabase, type OpenOptions } from './database.js';
import { deviceStates } from './device-states.js';
import { eventLog } from './event-log.js';
import { incidentRecords } from './incident-records.js';
import { quarantine } from './quarantine.js';

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
