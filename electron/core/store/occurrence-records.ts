import type { Database } from 'better-sqlite3';
import type { Occurrence } from '../../../shared/domain/occurrence.js';

type Row = { id: number; record: string };

const fromRow = (row: Row): Occurrence => ({ ...(JSON.parse(row.record) as Occurrence), id: row.id });

/**
 * Guard-logged occurrences. `narrative` has its own column so that search (FTS over notes) can
 * index it without parsing JSON; the whole record is kept beside it.
 */
export function occurrenceRecords(db: Database) {
  const insert = db.prepare(`INSERT INTO occurrences
    (site_id, category, floor_id, zone, occurred_at, logged_at, logged_by, narrative, record)
    VALUES (@siteId, @category, @floorId, @zone, @occurredAt, @loggedAt, @loggedBy, @narrative, '{}')`);
  const setRecord = db.prepare('UPDATE occurrences SET record = ? WHERE id = ?');
  const byId = db.prepare('SELECT id, record FROM occurrences WHERE id = ?');
  const between = db.prepare(
    'SELECT id, record FROM occurrences WHERE logged_at >= ? AND logged_at < ? ORDER BY logged_at, id LIMIT ?',
  );
  const narratives = db.prepare(
    'SELECT id, logged_at AS loggedAt, logged_by AS loggedBy, category, narrative FROM occurrences WHERE id > ? ORDER BY id LIMIT ?',
  );

  return {
    insert(occurrence: Omit<Occurrence, 'id'>): Occurrence {
      const id = Number(
        insert.run({
          siteId: occurrence.siteId,
          category: occurrence.category,
          floorId: occurrence.location.floorId,
          zone: occurrence.location.zone,
          occurredAt: occurrence.occurredAt,
          loggedAt: occurrence.loggedAt,
          loggedBy: occurrence.loggedBy,
          narrative: occurrence.narrative,
        }).lastInsertRowid,
      );
      const stored = { ...occurrence, id };
      setRecord.run(JSON.stringify(stored), id);
      return stored;
    },
    get(id: number): Occurrence | undefined {
      const row = byId.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    /** Logged in [from, to), oldest first. */
    between: (from: number, to: number, limit: number): Occurrence[] =>
      (between.all(from, to, limit) as Row[]).map(fromRow),
    /**
     * For search indexing: narratives after `afterId`, in id order, so an indexer can catch up in
     * pages. Occurrences are never edited, so an id seen once is indexed for good.
     */
    narrativesAfter: (afterId: number, limit: number) =>
      narratives.all(afterId, limit) as {
        id: number;
        loggedAt: number;
        loggedBy: string;
        category: string;
        narrative: string;
      }[],
  };
}
export type OccurrenceRecords = ReturnType<typeof occurrenceRecords>;
