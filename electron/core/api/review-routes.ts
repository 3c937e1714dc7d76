import type { Database } from 'better-sqlite3';
import type { Site } from '../../../shared/domain/site.js';
import { replayQuerySchema, searchQuerySchema, timelineQuerySchema } from '../../../shared/review/review-query.js';
import { alarmHistory } from '../review/alarm-history.js';
import { noteSearch } from '../review/note-search.js';
import type { Replay } from '../review/replay.js';
import { BadCursorError, reviewTimeline } from '../review/timeline.js';
import type { ActionLog } from '../store/action-log.js';
import type { AlarmRecords } from '../store/alarm-records.js';
import { sendError, sendJson } from './respond.js';
import type { Route } from './route.js';
import { withQuery } from './route-kit.js';

export type ReviewDeps = {
  db: Database;
  site: Site | null;
  alarms: AlarmRecords;
  actions: ActionLog;
  /**
   * One replay per console: it seeks from the keyframes the console's keyframe keeper persists and
   * keeps more in memory for every supervisor's seeks, and the console keeps its tail current.
   */
  replay: Replay;
};

/** The longest replay playback one request may ask for; playback asks again for the next stretch. */
export const MAX_REPLAY_SPAN_MS = 24 * 3_600_000;

const rangeProblem = (from: number, to: number) => (from < to ? null : '"from" must be before "to"');

/** Supervisor review (docs/review.md): the shift log, note search, one alarm's history and replay. */
export function reviewRoutes(deps: ReviewDeps): Route[] {
  // Read per request: the site may be edited and saved as a new version while the console runs.
  const timeline = reviewTimeline(deps.db, () => deps.site);
  const search = noteSearch(deps.db, () => deps.site);
  const history = alarmHistory(deps.db, deps.alarms, deps.actions);
  const { replay } = deps;

  return [
    {
      method: 'GET',
      path: '/api/review/timeline',
      access: 'supervisor',
      handle: withQuery(timelineQuerySchema, (query, { response }) => {
        const problem = rangeProblem(query.from, query.to);
        if (problem) return sendError(response, 400, problem);
        try {
          sendJson(response, 200, timeline(query));
        } catch (error) {
          if (error instanceof BadCursorError) return sendError(response, 400, error.message);
          throw error;
        }
      }),
    },
    {
      method: 'GET',
      path: '/api/review/search',
      access: 'supervisor',
      handle: withQuery(searchQuerySchema, (query, { response }) => {
        const problem = rangeProblem(query.from, query.to);
        if (problem) return sendError(response, 400, problem);
        try {
          sendJson(response, 200, search(query));
        } catch (error) {
          if (error instanceof BadCursorError) return sendError(response, 400, error.message);
          throw error;
        }
      }),
    },
    {
      method: 'GET',
      path: '/api/review/replay',
      access: 'supervisor',
      handle: withQuery(replayQuerySchema, async (query, { response }) => {
        const until = query.until ?? query.at;
        if (until < query.at) return sendError(response, 400, '"until" must not be before "at"');
        if (until - query.at > MAX_REPLAY_SPAN_MS)
          return sendError(
            response,
            400,
            `ask for at most ${MAX_REPLAY_SPAN_MS / 3_600_000} hours of playback at once`,
          );
        sendJson(response, 200, await replay.replay(query.at, until));
      }),
    },
    {
      method: 'GET',
      path: '/api/review/alarms/:id',
      access: 'supervisor',
      handle: ({ params, response }) => {
        const id = /^\d{1,15}$/.test(params.id ?? '') ? Number(params.id) : NaN;
        const found = Number.isNaN(id) ? undefined : history(id);
        return found ? sendJson(response, 200, found) : sendError(response, 404, `no alarm ${params.id ?? ''}`);
      },
    },
  ];
}
