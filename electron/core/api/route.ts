import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Operator, Role } from '../../../shared/domain/operator.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a handler gets: the request, the signed-in operator (null only on open routes) and the path's parameters. */
export type RouteContext = {
  url: URL;
  request: IncomingMessage;
  response: ServerResponse;
  caller: Operator | null;
  params: Readonly<Record<string, string>>;
};

/**
 * One endpoint. `path` may name parameters (`/api/alarms/:id/actions`); `access` is the least role
 * that may call it, or 'open' for the few endpoints needed before signing in.
 */
export type Route = {
  method: HttpMethod;
  path: string;
  access: Role | 'open';
  handle(context: RouteContext): void | Promise<void>;
};
