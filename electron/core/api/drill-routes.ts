import { z } from 'zod';
import { startDrillRequestSchema } from '../../../shared/api/drills.js';
import type { Site } from '../../../shared/domain/site.js';
import type { DrillDesk } from '../drills/drill-desk.js';
import { buildDrillReport, DrillReportTooLargeError } from '../reports/build-drill-report.js';
import { drillReportPdf } from '../reports/pdf/drill-report-pdf.js';
import type { ActionLog } from '../store/action-log.js';
import type { Database } from 'better-sqlite3';
import { SECURITY_HEADERS, sendError, sendJson } from './respond.js';
import type { Route, RouteContext } from './route.js';
import { withBody, withQuery } from './route-kit.js';

export type DrillRouteDeps = {
  db: Database;
  actions: ActionLog;
  site: Site | null;
  drills?: DrillDesk;
};

const id = (text: string | undefined): number => (/^\d{1,15}$/.test(text ?? '') ? Number(text) : NaN);

/** Training drills (docs/drills.md): supervisors start and end them, and read how the guards did. */
export function drillRoutes(deps: DrillRouteDeps): Route[] {
  const desk = (response: RouteContext['response']): DrillDesk | undefined => {
    if (!deps.drills) sendError(response, 503, 'drills are not available on this console');
    return deps.drills;
  };
  const caller = (context: RouteContext) => context.caller?.username ?? 'unknown';
  return [
    {
      method: 'GET',
      path: '/api/drills',
      access: 'guard',
      handle: ({ response }) => {
        const drills = desk(response);
        if (drills) sendJson(response, 200, { drills: drills.recent() });
      },
    },
    {
      method: 'POST',
      path: '/api/drills',
      access: 'supervisor',
      handle: withBody(startDrillRequestSchema, async (body, context) => {
        const drills = desk(context.response);
        if (!drills) return;
        const outcome = await drills.start(body, caller(context));
        if (!outcome.ok) return sendError(context.response, outcome.status, outcome.error);
        sendJson(context.response, 201, outcome.drill);
      }),
    },
    {
      method: 'POST',
      path: '/api/drills/:id/end',
      access: 'supervisor',
      handle: async (context) => {
        const drills = desk(context.response);
        if (!drills) return;
        const outcome = await drills.end(id(context.params.id), caller(context));
        if (!outcome.ok) return sendError(context.response, outcome.status, outcome.error);
        sendJson(context.response, 200, outcome.drill);
      },
    },
    {
      method: 'GET',
      path: '/api/drills/:id/report',
      access: 'supervisor',
      handle: withQuery(
        z.strictObject({ format: z.enum(['json', 'pdf']).default('json') }),
        async (query, { params, response }) => {
          const drill = desk(response)?.get(id(params.id));
          if (!deps.drills) return;
          if (!drill) return sendError(response, 404, `no drill ${params.id}`);
          let report;
          try {
            report = buildDrillReport(deps, deps.site, drill);
          } catch (error) {
            if (error instanceof DrillReportTooLargeError) return sendError(response, 400, error.message);
            throw error;
          }
          if (query.format === 'json') return sendJson(response, 200, report);
          const body = await drillReportPdf(report);
          response.writeHead(200, {
            ...SECURITY_HEADERS,
            'Content-Type': 'application/pdf',
            'Content-Length': body.length,
            'Content-Disposition': `attachment; filename="watchfloor-drill-${drill.id}.pdf"`,
            'Cache-Control': 'no-store',
          });
          response.end(body);
        },
      ),
    },
  ];
}
