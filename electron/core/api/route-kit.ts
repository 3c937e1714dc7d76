import type { z } from 'zod';
import { describeZodIssues } from '../config/config-error.js';
import { queryObject } from './query.js';
import { readJsonBody } from './json-body.js';
import { sendError } from './respond.js';
import type { RouteContext } from './route.js';

type Handle = (context: RouteContext) => void | Promise<void>;

/** Validates the query string against `schema` (400 naming the problem) before `handle` sees it. */
export function withQuery<S extends z.ZodType>(
  schema: S,
  handle: (query: z.output<S>, context: RouteContext) => void | Promise<void>,
): Handle {
  return (context) => {
    const raw = queryObject(context.url.searchParams);
    if (!raw.ok) return sendError(context.response, 400, `query parameter "${raw.key}" given more than once`);
    const parsed = schema.safeParse(raw.value);
    if (!parsed.success)
      return sendError(context.response, 400, 'invalid query', describeZodIssues('query', parsed.error).split('\n'));
    return handle(parsed.data, context);
  };
}

/** Reads a JSON body (size-capped, application/json only) and validates it against `schema` first. */
export function withBody<S extends z.ZodType>(
  schema: S,
  handle: (body: z.output<S>, context: RouteContext) => void | Promise<void>,
): Handle {
  return async (context) => {
    const raw = await readJsonBody(context.request);
    if (!raw.ok) return sendError(context.response, raw.status, raw.error);
    const parsed = schema.safeParse(raw.value);
    if (!parsed.success)
      return sendError(context.response, 400, 'invalid body', describeZodIssues('body', parsed.error).split('\n'));
    return handle(parsed.data, context);
  };
}
