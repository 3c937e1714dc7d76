import type { Database } from 'better-sqlite3';
import type { Site } from '../../../shared/domain/site.js';
import type { TimelineQuery } from '../../../shared/review/review-query.js';
import type { TimelineEntry, TimelinePage } from '../../../shared/review/review-results.js';
import { statementCache } from '../store/statement-cache.js';
import { deviceScope } from './device-scope.js';
import { compareCursors, decodeCursor, SOURCE } from './timeline-cursor.js';
import { actionsQuery, eventsQuery } from './timeline-sql.js';
import { toTimelineAction, toTimelineEvent, type ActionRow, type EventRow } from './timeline-rows.js';

export class BadCursorError extends RangeError {
  override readonly name = 'BadCursorError';
}

const entryCursor = (entry: TimelineEntry) => ({
  at: entry.at,
  source: entry.kind === 'event' ? SOURCE.event : SOURCE.action,
  seq: entry.seq,
});

/**
 * The shift log: device events and logged actions of a range in one order, a page at a time.
 * Each source is read by its time index from the cursor on, at most limit + 1 rows each, and
 * merged; the extra row only tells whether there is a next page.
 */
export function reviewTimeline(db: Database, site: () => Site | null) {
  const prepared = statementCache(db);
  return (query: TimelineQuery): TimelinePage => {
    const cursor = query.after === undefined ? null : decodeCursor(query.after);
    if (query.after !== undefined && !cursor) throw new BadCursorError(`not a timeline cursor: ${query.after}`);
    const scope = deviceScope(site(), query);
    const events = eventsQuery(query, scope, cursor, query.limit + 1);
    const actions = actionsQuery(query, scope, cursor, query.limit + 1);
    const merged: TimelineEntry[] = [
      ...(events ? (prepared(events.sql).all(...events.values) as EventRow[]).map(toTimelineEvent) : []),
      ...(actions ? (prepared(actions.sql).all(...actions.values) as ActionRow[]).map(toTimelineAction) : []),
    ].sort((a, b) => compareCursors(entryCursor(a), entryCursor(b)));
    const entries = merged.slice(0, query.limit);
    const last = entries.at(-1);
    return { entries, next: merged.length > query.limit && last ? last.cursor : null };
  };
}
