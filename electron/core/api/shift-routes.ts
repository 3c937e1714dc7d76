import { z } from 'zod';
import type { ShiftBook } from '../shifts/shift-book.js';
import { instantSchema, MAX_QUERY_LIMIT } from './query.js';
import { sendError, sendJson } from './respond.js';
import type { Route } from './route.js';
import { withQuery } from './route-kit.js';

const id = (text: string | undefined): number => (/^\d{1,15}$/.test(text ?? '') ? Number(text) : NaN);
const limit = z.coerce.number().int().min(1).max(MAX_QUERY_LIMIT).default(100);

/**
 * Shifts, handovers and guard-logged occurrences, read-only: they are written by seat commands,
 * each with its action-log row. docs/shifts.md.
 */
export function shiftRoutes(deps: { shiftBook: ShiftBook }): Route[] {
  const book = deps.shiftBook;
  return [
    {
      method: 'GET',
      path: '/api/shifts',
      access: 'guard',
      handle: withQuery(z.strictObject({ limit }), (query, { response }) =>
        sendJson(response, 200, { shifts: book.recent(query.limit) }),
      ),
    },
    {
      method: 'GET',
      path: '/api/shifts/:id/handover-draft',
      access: 'guard',
      handle: ({ params, response }) => {
        const shift = book.shift(id(params.id));
        if (!shift) return sendError(response, 404, `no shift ${params.id}`);
        if (shift.endedAt !== null)
          return sendError(response, 409, `shift ${shift.id} has ended; its handover is written`);
        const at = Date.now();
        sendJson(response, 200, { shiftId: shift.id, at, ...book.draft(shift, at) });
      },
    },
    {
      method: 'GET',
      path: '/api/handovers/:id',
      access: 'guard',
      handle: ({ params, response }) => {
        const handover = book.handover(id(params.id));
        if (!handover) return sendError(response, 404, `no handover ${params.id}`);
        sendJson(response, 200, handover);
      },
    },
    {
      method: 'GET',
      path: '/api/occurrences',
      access: 'guard',
      handle: withQuery(
        z.strictObject({ from: instantSchema.default(0), to: instantSchema.optional(), limit }),
        (query, { response }) =>
          sendJson(response, 200, {
            occurrences: book.occurrences(query.from, query.to ?? Date.now() + 1, query.limit),
          }),
      ),
    },
  ];
}
