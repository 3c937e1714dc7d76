import Database from 'better-sqlite3';

/** Counts read through a separate read-only handle, as an auditor would, while or after the core runs. */
export function dbFacts(dbPath: string, eventPrefix: string) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const like = `${eventPrefix}%`;
    const events = db.prepare('SELECT count(*) FROM events WHERE event_id LIKE ?').pluck().get(like) as number;
    const distinct = db
      .prepare(
        'SELECT count(DISTINCT site_id || char(0) || device_id || char(0) || event_id) FROM events WHERE event_id LIKE ?',
      )
      .pluck()
      .get(like) as number;
    return { events, distinct };
  } finally {
    db.close();
  }
}

export function integrityCheck(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? 'no answer';
  } finally {
    db.close();
  }
}

/** Action-log rows whose detail carries `marker` (the note texts a test wrote). */
export function actionsWithMarker(dbPath: string, marker: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT detail FROM actions WHERE detail LIKE ?').pluck().all(`%${marker}%`) as string[];
  } finally {
    db.close();
  }
}

/** Alarm ids with an `acknowledge` row in the action log. */
export function acknowledgedAlarmIds(dbPath: string): Set<number> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return new Set(db.prepare("SELECT alarm_id FROM actions WHERE action = 'acknowledge'").pluck().all() as number[]);
  } finally {
    db.close();
  }
}
