import type { Database } from 'better-sqlite3';
import type { Site } from '../../../shared/domain/site.js';
import type { ActionLog } from '../store/action-log.js';
import type { AlarmRecords } from '../store/alarm-records.js';
import type { EventLog } from '../store/event-log.js';
import { backupRoutes, type BackupDeps } from './backup-routes.js';
import { alarmQuerySchema, eventQuerySchema } from './query.js';
import { shiftReportRoute } from './report-route.js';
import { sendError, sendJson } from './respond.js';
import type { Route } from './route.js';
import { withQuery } from './route-kit.js';
import { shiftRoutes } from './shift-routes.js';
import { reviewRoutes, type ReviewDeps } from './review-routes.js';
import type { ShiftBook } from '../shifts/shift-book.js';
import { walkthroughRoutes, type WalkthroughDeps } from './walkthrough-routes.js';
import { siteRoutes, type SiteRouteDeps } from './site-routes.js';
import { drillRoutes, type DrillRouteDeps } from './drill-routes.js';
import { investigationRoutes } from './investigation-routes.js';

export type ApiDeps = {
  /** For the shift report's range counts. */
  db: Database;
  health(): unknown;
  site: Site | null;
  events: EventLog;
  alarms: AlarmRecords;
  actions: ActionLog;
  backup: BackupDeps['backup'];
  /** Shifts, handovers, guard-logged occurrences (docs/shifts.md). */
  shiftBook: ShiftBook;
  /** Shift replay, for the site and alarm policy as they stood at start-up (docs/review.md). */
  replay: ReviewDeps['replay'];
  /** Patrol checkpoints (patrols.json), for the walkthrough planner's patrol goal (docs/walkthrough.md). */
  checkpoints?: WalkthroughDeps['checkpoints'];
  /** Saved site versions and plan images, for the site editor (docs/site-editor.md). */
  siteBook?: SiteRouteDeps['siteBook'];
  /** Training drills (docs/drills.md). */
  drills?: DrillRouteDeps['drills'];
};

/**
 * Every endpoint under /api with the least role that may call it. Only what is needed before
 * signing in is open; the health endpoint carries no personal data.
 */
export function apiRoutes(deps: ApiDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/api/health',
      access: 'open',
      handle: ({ response }) => sendJson(response, 200, deps.health()),
    },
    {
      method: 'GET',
      path: '/api/site',
      access: 'guard',
      handle: ({ response }) =>
        deps.site ? sendJson(response, 200, deps.site) : sendError(response, 404, 'no site loaded'),
    },
    {
      method: 'GET',
      path: '/api/events',
      access: 'guard',
      handle: withQuery(eventQuerySchema, (query, { response }) => {
        const events = deps.events.query({
          siteId: query.site,
          deviceId: query.device,
          channel: query.channel,
          from: query.from,
          to: query.to,
          limit: query.limit,
        });
        sendJson(response, 200, { events });
      }),
    },
    {
      method: 'GET',
      path: '/api/alarms',
      access: 'guard',
      handle: withQuery(alarmQuerySchema, (query, { response }) => {
        const alarms = deps.alarms.query({
          state: query.state,
          priority: query.priority,
          deviceId: query.device,
          disposition: query.disposition,
          from: query.from,
          to: query.to,
          limit: query.limit,
        });
        sendJson(response, 200, { alarms });
      }),
    },
    {
      method: 'GET',
      path: '/api/alarms/:id/actions',
      access: 'guard',
      handle: ({ params, response }) => {
        const alarmId = /^\d{1,15}$/.test(params.id ?? '') ? Number(params.id) : NaN;
        if (!deps.alarms.get(alarmId)) return sendError(response, 404, `no alarm ${params.id}`);
        sendJson(response, 200, { actions: deps.actions.forAlarm(alarmId) });
      },
    },
    {
      method: 'GET',
      path: '/api/reports/shift',
      access: 'supervisor',
      handle: (context) => shiftReportRoute(deps, deps.site, context),
    },
    ...backupRoutes(deps),
    ...shiftRoutes(deps),
    ...reviewRoutes(deps),
    ...walkthroughRoutes(deps),
    ...siteRoutes(deps),
    ...drillRoutes(deps),
    ...investigationRoutes(deps),
  ];
}
