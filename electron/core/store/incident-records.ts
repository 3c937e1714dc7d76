import type { Database } from 'better-sqlite3';
import type { Incident } from '../../../shared/domain/incident.js';

/** An `incidents` row as SQLite returns it. */
export type IncidentRow = {
  id: number;
  site_id: string;
  floor_id: string | null;
  zone: string | null;
  opened_at: number;
  last_alarm_at: number;
  closed_at: number | null;
  alarm_ids: string;
};

export const toIncident = (row: IncidentRow): Incident => ({
  id: row.id,
  siteId: row.site_id,
  floorId: row.floor_id,
  zone: row.zone,
  openedAt: row.opened_at,
  lastAlarmAt: row.last_alarm_at,
  closedAt: row.closed_at,
  alarmIds: JSON.parse(row.alarm_ids) as number[],
});

export function incidentRecords(db: Database) {
  const insert =
    db.prepare(`INSERT INTO incidents (site_id, floor_id, zone, opened_at, last_alarm_at, closed_at, alarm_ids)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const update = db.prepare('UPDATE incidents SET last_alarm_at = ?, closed_at = ?, alarm_ids = ? WHERE id = ?');
  const open = db.prepare('SELECT * FROM incidents WHERE closed_at IS NULL');
  const openedBetween = db.prepare(
    'SELECT * FROM incidents WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id LIMIT ?',
  );

  return {
    insert(incident: Omit<Incident, 'id'>): Incident {
      const { siteId, floorId, zone, openedAt, lastAlarmAt, closedAt, alarmIds } = incident;
      const id = Number(
        insert.run(siteId, floorId, zone, openedAt, lastAlarmAt, closedAt, JSON.stringify(alarmIds)).lastInsertRowid,
      );
      return { ...incident, id };
    },
    update(incident: Incident): void {
      update.run(incident.lastAlarmAt, incident.closedAt, JSON.stringify(incident.alarmIds), incident.id);
    },
    open: (): Incident[] => (open.all() as IncidentRow[]).map(toIncident),
    /** Opened in [from, to), oldest first (a shift's handover lists them). */
    openedBetween: (from: number, to: number, limit: number): Incident[] =>
      (openedBetween.all(from, to, limit) as IncidentRow[]).map(toIncident),
  };
}
export type IncidentRecords = ReturnType<typeof incidentRecords>;
