import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Logger } from '../log.js';
import { isAllowedRequest } from './request-origin.js';
import { sendError } from './respond.js';
import { apiRoutes, patternRoute, type ApiDeps } from './routes.js';
import { resolveInside, sendFile } from './static-files.js';

export type HttpDeps = ApiDeps & {
  rendererDir: string;
  siteDir: string | null;
  hosts: () => ReadonlySet<string> | 'any';
  log: Logger;
};

const SITE_PREFIX = '/site/';

/** Every HTTP request: the API, the site's floorplans, and the renderer (any other path is the app). */
export function httpHandler(deps: HttpDeps) {
  const routes = apiRoutes(deps);
  const indexHtml = join(deps.rendererDir, 'index.html');

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (!isAllowedRequest(request.headers, deps.hosts())) return sendError(response, 403, 'origin or host not allowed');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return sendError(response, 405, 'method not allowed');
    }
    // Prefixing the origin (rather than passing it as a base) keeps a path like "//x" a path, not a host.
    const url = new URL(`http://console.invalid${request.url?.startsWith('/') ? request.url : '/'}`);
    const headOnly = request.method === 'HEAD';

    const route = routes.get(url.pathname) ?? patternRoute(deps, url.pathname);
    if (route) return route(url, response, request);
    if (url.pathname.startsWith('/api/')) return sendError(response, 404, 'no such endpoint');

    if (url.pathname.startsWith(SITE_PREFIX)) {
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
