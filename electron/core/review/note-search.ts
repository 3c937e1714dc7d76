import type { Database } from 'better-sqlite3';
import type { Site } from '../../../shared/domain/site.js';
import type { SearchQuery } from '../../../shared/review/review-query.js';
import type { SearchPage } from '../../../shared/review/review-results.js';
import { statementCache } from '../store/statement-cache.js';
import { actionSeqRange } from './action-seq-range.js';
import { deviceScope } from './device-scope.js';
import { matchExpression } from './search-text.js';
import { BadCursorError } from './timeline.js';
import { toTimelineAction, type ActionRow } from './timeline-rows.js';

type HitRow = ActionRow & { snippet: string };

/** Words of context either side of a match in a snippet. */
const SNIPPET_TOKENS = 16;

/**
 * Full-text search over what people wrote in the action log (migration 6's review_text), newest
 * first, with the timeline's filters. The time range is turned into a seq range first, which
 * FTS5 applies inside its own index, so a common word in a long log costs no sort.
 */
export function noteSearch(db: Database, site: () => Site | null) {
  const prepared = statementCache(db);
  const seqRange = actionSeqRange(db);

  return (query: SearchQuery): SearchPage => {
    const match = matchExpression(query.q);
    const after = query.after === undefined ? null : /^\d{1,15}$/.test(query.after) ? Number(query.after) : NaN;
    if (Number.isNaN(after)) throw new BadCursorError(`not a search cursor: ${query.after ?? ''}`);
    const scope = deviceScope(site(), query);
    const range = seqRange(query.from, query.to);
    if (!match || !range || scope?.length === 0) return { hits: [], next: null };

    const last = after === null ? range.last : Math.min(range.last, after - 1);
    const filters = [
      scope === null ? '' : 'AND +actions.device_id IN (SELECT value FROM json_each(?))',
      query.guard ? 'AND +actions.operator = ?' : '',
      query.condition ? 'AND +alarms.condition = ?' : '',
      query.disposition ? 'AND +alarms.disposition = ?' : '',
    ].join(' ');
    const rows = prepared(
      `SELECT snippet(review_text, 0, '«', '»', '…', ${SNIPPET_TOKENS}) AS snippet,
        actions.seq, actions.at, actions.operator, actions.seat, actions.action, actions.alarm_id, actions.incident_id,
        actions.device_id, actions.detail, alarms.condition, alarms.priority, alarms.disposition
      FROM review_text CROSS JOIN actions ON actions.seq = review_text.rowid LEFT JOIN alarms ON alarms.id = actions.alarm_id
      WHERE review_text MATCH ? AND review_text.rowid BETWEEN ? AND ? AND actions.at >= ? AND actions.at < ? ${filters}
      ORDER BY review_text.rowid DESC LIMIT ?`,
    ).all(
      match,
      range.first,
      last,
      query.from,
      query.to,
      ...(scope === null ? [] : [JSON.stringify(scope)]),
      ...(query.guard ? [query.guard] : []),
      ...(query.condition ? [query.condition] : []),
      ...(query.disposition ? [query.disposition] : []),
      query.limit + 1,
    ) as HitRow[];
    const hits = rows.slice(0, query.limit).map((row) => ({ snippet: row.snippet, action: toTimelineAction(row) }));
    const end = hits.at(-1);
    return { hits, next: rows.length > query.limit && end ? String(end.action.seq) : null };
  };
}
