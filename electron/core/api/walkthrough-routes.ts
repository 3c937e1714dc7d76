import type { Database } from 'better-sqlite3';
import type { Checkpoint } from '../../../shared/domain/patrol.js';
import type { Site } from '../../../shared/domain/site.js';
import {
  requestFromQuery,
  walkthroughQuerySchema,
  walkthroughRequestSchema,
} from '../../../shared/domain/walkthrough.js';
import { describeZodIssues } from '../config/config-error.js';
import { attentionQueries } from '../walkthrough/attention-queries.js';
import { buildWalkthrough } from '../walkthrough/build-walkthrough.js';
import { routeCardPdf } from '../walkthrough/pdf/route-card-pdf.js';
import { WalkthroughRequestError } from '../walkthrough/walkthrough-scope.js';
import { SECURITY_HEADERS, sendError, sendJson } from './respond.js';
import type { Route } from './route.js';
import { withQuery } from './route-kit.js';

export type WalkthroughDeps = {
  db: Database;
  site: Site | null;
  /** The patrol plan's checkpoints, for `goal=patrol`; tag readers stand in when there are none. */
  checkpoints?: readonly Checkpoint[] | undefined;
};

/** GET /api/walkthrough: the same plan as `watchfloor walkthrough`, as JSON or the printable route card. */
export function walkthroughRoutes(deps: WalkthroughDeps): Route[] {
  const queries = attentionQueries(deps.db);
  return [
    {
      method: 'GET',
      path: '/api/walkthrough',
      access: 'supervisor',
      handle: withQuery(walkthroughQuerySchema, async (query, { response }) => {
        const site = deps.site;
        if (!site) return sendError(response, 404, 'no site loaded');
        const request = walkthroughRequestSchema.safeParse(requestFromQuery(query));
        if (!request.success)
          return sendError(response, 400, 'invalid query', describeZodIssues('query', request.error).split('\n'));
        let plan;
        try {
          plan = buildWalkthrough({ queries, site, checkpoints: deps.checkpoints ?? [] }, request.data, Date.now());
        } catch (error) {
          if (error instanceof WalkthroughRequestError)
            return sendError(response, 400, `${error.field}: ${error.message}`);
          throw error;
        }
        if (query.format === 'json') return sendJson(response, 200, plan);
        const body = await routeCardPdf(plan, site);
        response.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': 'application/pdf',
          'Content-Length': body.length,
          'Content-Disposition': `inline; filename="walkthrough-${site.id}-${new Date(plan.generatedAt).toISOString().slice(0, 10)}.pdf"`,
          'Cache-Control': 'no-store',
        });
        response.end(body);
      }),
    },
  ];
}
