import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { hasRole, type Operator } from '../../../shared/domain/operator.js';
import type { Logger } from '../log.js';
import { isAllowedRequest } from './request-origin.js';
import { sendError } from './respond.js';
import type { Route } from './route.js';
import { routeTable } from './route-table.js';
import { resolveInside, sendFile } from './static-files.js';
import { sendPlanImage } from './plan-image-response.js';
import { storedPlanHash } from '../../../shared/site-editing/plan-address.js';
import type { PlanImage } from '../store/plan-images.js';

export type HttpDeps = {
  routes: readonly Route[];
  /** The operator a request's bearer token belongs to, or null (no token, unknown, expired). */
  identify(request: IncomingMessage): Operator | null;
  rendererDir: string;
  siteDir: string | null;
  /** Plans saved by the site editor (`/site/plans/<sha256>.<ext>`), from the database. */
  planImage?(hash: string): PlanImage | undefined;
  hosts: () => ReadonlySet<string> | 'any';
  log: Logger;
};

const SITE_PREFIX = '/site/';

/** Every HTTP request: the API, the site's floorplans, and the renderer (any other path is the app). */
export function httpHandler(deps: HttpDeps) {
  const findRoute = routeTable(deps.routes);
  const indexHtml = join(deps.rendererDir, 'index.html');

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (!isAllowedRequest(request.headers, deps.hosts())) return sendError(response, 403, 'origin or host not allowed');
    // Prefixing the origin (rather than passing it as a base) keeps a path like "//x" a path, not a host.
    const url = new URL(`http://console.invalid${request.url?.startsWith('/') ? request.url : '/'}`);
    const method = request.method ?? 'GET';

    if (url.pathname.startsWith('/api/')) {
      const found = findRoute(method, url.pathname);
      if (!found) return sendError(response, 404, 'no such endpoint');
      if ('allowed' in found) {
        response.setHeader('Allow', found.allowed.join(', '));
        return sendError(response, 405, 'method not allowed');
      }
      const { route, params } = found;
      const caller = deps.identify(request);
      if (route.access !== 'open') {
        if (!caller) {
          response.setHeader('WWW-Authenticate', 'Bearer realm="watchfloor"');
          return sendError(response, 401, 'sign in first');
        }
        if (!hasRole(caller.role, route.access)) return sendError(response, 403, `needs the ${route.access} role`);
      }
      return route.handle({ url, request, response, caller, params });
    }

    if (method !== 'GET' && method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return sendError(response, 405, 'method not allowed');
    }
    const headOnly = method === 'HEAD';
    if (url.pathname.startsWith(SITE_PREFIX)) {
      // Floorplans show where the cameras and doors are: signed-in operators only.
      if (!deps.identify(request)) return sendError(response, 401, 'sign in first');
      const planHash = storedPlanHash(url.pathname.slice(SITE_PREFIX.length));
      if (planHash && deps.planImage) return sendPlanImage(response, deps.planImage(planHash), headOnly);
      const file = deps.siteDir ? resolveInside(deps.siteDir, url.pathname.slice(SITE_PREFIX.length)) : null;
      return file ? sendFile(response, file, 'revalidate', headOnly) : sendError(response, 404, 'not found');
    }

    const asset = url.pathname === '/' ? null : resolveInside(deps.rendererDir, url.pathname.slice(1));
    if (asset) return sendFile(response, asset, asset.includes('/assets/') ? 'immutable' : 'revalidate', headOnly);
    try {
      sendFile(response, indexHtml, 'revalidate', headOnly);
    } catch {
      sendError(response, 503, 'the console has not been built: run `npm run build`');
    }
  };

  const fail = (request: IncomingMessage, response: ServerResponse, error: unknown) => {
    deps.log.error(`http ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`);
    if (!response.headersSent) sendError(response, 500, 'internal error');
    else response.destroy();
  };

  return (request: IncomingMessage, response: ServerResponse) => {
    try {
      // An async route's failure must reach the client as a 500, never as an unhandled rejection.
      void Promise.resolve(handle(request, response)).catch((error: unknown) => fail(request, response, error));
    } catch (error) {
      fail(request, response, error);
    }
  };
}
