import type { Database } from 'better-sqlite3';
import { investigationQuerySchema } from '../../../shared/domain/investigation.js';
import type { Site } from '../../../shared/domain/site.js';
import { investigate } from '../investigation/investigate.js';
import { alarmAnchor, occurrenceAnchor } from '../investigation/investigation-anchor.js';
import type { AlarmRecords } from '../store/alarm-records.js';
import { occurrenceRecords } from '../store/occurrence-records.js';
import { sendError, sendJson } from './respond.js';
import type { Route } from './route.js';
import { withQuery } from './route-kit.js';

export type InvestigationRouteDeps = { db: Database; site: Site | null; alarms: AlarmRecords };

/** GET /api/investigations?alarm=|occurrence=&radiusM=&minutes= (docs/investigation.md). */
export function investigationRoutes(deps: InvestigationRouteDeps): Route[] {
  const occurrences = occurrenceRecords(deps.db);
  return [
    {
      method: 'GET',
      path: '/api/investigations',
      access: 'supervisor',
      handle: withQuery(investigationQuerySchema, (query, { response }) => {
        const { site } = deps;
        if (!site) return sendError(response, 409, 'no site loaded: an investigation needs the plans');
        let anchor;
        if (query.alarm !== undefined) {
          const alarm = deps.alarms.get(query.alarm);
          if (!alarm) return sendError(response, 404, `no alarm ${query.alarm}`);
          anchor = alarmAnchor(alarm, site);
        } else {
          const occurrence = occurrences.get(query.occurrence ?? 0);
          if (!occurrence) return sendError(response, 404, `no occurrence ${query.occurrence}`);
          anchor = occurrenceAnchor(occurrence);
        }
        if (typeof anchor === 'string') return sendError(response, 409, anchor);
        sendJson(response, 200, investigate(deps.db, site, anchor, query.radiusM, query.minutes));
      }),
    },
  ];
}
