import type { z } from 'zod';
import { describeZodIssues } from '../config/config-error.js';
import { readJsonBody } from './json-body.js';
import { sendError } from './respond.js';
import type { RouteContext } from './route.js';

/** A whole site with thousands of devices and zone outlines, without its plan images. */
export const MAX_SITE_SAVE_BYTES = 4 * 1024 * 1024;
/** A site file embeds its plans as base64 (4/3 of their size): a few floors at the 10 MiB plan cap. */
export const MAX_SITE_FILE_BYTES = 64 * 1024 * 1024;

/** Like route-kit's withBody, for the site editor's larger bodies: JSON, capped at `limit`, checked against `schema`. */
export function withSiteBody<S extends z.ZodType>(
  schema: S,
  limit: number,
  handle: (body: z.output<S>, context: RouteContext) => void | Promise<void>,
): (context: RouteContext) => Promise<void> {
  return async (context) => {
    const raw = await readJsonBody(context.request, limit);
    if (!raw.ok) return sendError(context.response, raw.status, raw.error);
    const parsed = schema.safeParse(raw.value);
    if (!parsed.success)
      return sendError(context.response, 400, 'invalid body', describeZodIssues('body', parsed.error).split('\n'));
    return handle(parsed.data, context);
  };
}
