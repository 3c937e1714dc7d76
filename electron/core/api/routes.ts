import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from 'better-sqlite3';
import type { Site } from '../../../shared/domain/site.js';
import type { AlarmRecords } from '../store/alarm-records.js';
import type { EventLog } from '../store/event-log.js';
import type { ActionLog } from '../store/action-log.js';
import { alarmQuerySchema, eventQuerySchema, queryObject } from './query.js';
import { shiftReportRoute } from './report-route.js';
import { sendError, sendJson } from './respond.js';
import { describeZodIssues } from '../config/config-error.js';
import type { z } from 'zod';

export type ApiDeps = {
  /** For the shift report's range counts. */
  db: Database;
  health(): unknown;
  site: Site | null;
  events: EventLog;
  alarms: AlarmRecords;
  actions: ActionLog;
};

type Handler = (url: URL, response: ServerResponse, request: IncomingMessage) => void | Promise<void>;

function withQuery<S extends z.ZodType>(
  schema: S,
  handle: (query: z.output<S>, response: ServerResponse) => void,
): Handler {
  return (url, response) => {
    const raw = queryObject(url.searchParams);
    if (!raw.ok) return sendError(response, 400, `query parameter "${raw.key}" given more than once`);
    const parsed = schema.safeParse(raw.value);
    if (!parsed.success)
      return sendError(response, 400, 'invalid query', describeZodIssues('query', parsed.error).split('\n'));
    handle(parsed.data, response);
  };
}

const ALARM_ACTIONS = /^\/api\/alarms\/(\d{1,15})\/actions$/;

/** Endpoints whose path carries an id: `/api/alarms/<id>/actions`, the alarm's whole action history. */
export function patternRoute(deps: ApiDeps, pathname: string): Handler | null {
  const match = ALARM_ACTIONS.exec(pathname);
  if (!match) return null;
  const alarmId = Number(match[1]);
  return (_url, response) => {
    if (!deps.alarms.get(alarmId)) return sendError(response, 404, `no alarm ${alarmId}`);
    sendJson(response, 200, { actions: deps.actions.forAlarm(alarmId) });
  };
}

/** GET endpoints under /api. Authentication arrives with operator accounts; until then, loopback only by default. */
export function apiRoutes(deps: ApiDeps): ReadonlyMap<string, Handler> {
  return new Map<string, Handler>([
    ['/api/health', (_url, response) => sendJson(response, 200, deps.health())],
    ['/api/reports/shift', (url, response) => shiftReportRoute(deps, deps.site, url, response)],
    [
      '/api/site',
      (_url, response) => (deps.site ? sendJson(response, 200, deps.site) : sendError(response, 404, 'no site loaded')),
    ],
    [
      '/api/events',
      withQuery(eventQuerySchema, (query, response) => {
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
    ],
    [
      '/api/alarms',
      withQuery(alarmQuerySchema, (query, response) => {
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
    ],
  ]);
}
