import { z } from 'zod';
import type { Site } from '../../../shared/domain/site.js';
import { describeZodIssues } from '../config/config-error.js';
import { buildShiftReport, ReportTooLargeError, type ReportSource } from '../reports/build-shift-report.js';
import { reportCsv } from '../reports/csv/report-csv.js';
import { reportPdf } from '../reports/pdf/report-pdf.js';
import { shiftRange } from '../reports/shift-range.js';
import { instantSchema, queryObject } from './query.js';
import { SECURITY_HEADERS, sendError, sendJson } from './respond.js';
import type { RouteContext } from './route.js';

const format = z.enum(['json', 'csv', 'pdf']).default('json');
/** A time range, or a shift by id (its range: shift-range.ts). */
const reportQuerySchema = z.union([
  z.strictObject({ from: instantSchema, to: instantSchema, format }),
  z.strictObject({
    shift: z
      .string()
      .regex(/^[1-9]\d{0,14}$/, 'must be a shift id')
      .transform(Number),
    format,
  }),
]);

const FILE_TYPES = { csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' } as const;

/** GET /api/reports/shift?from&to|shift&format=json|csv|pdf: the same report as `watchfloor report`. */
export async function shiftReportRoute(
  source: ReportSource,
  site: Site | null,
  { url, response }: RouteContext,
): Promise<void> {
  const raw = queryObject(url.searchParams);
  if (!raw.ok) return sendError(response, 400, `query parameter "${raw.key}" given more than once`);
  const query = reportQuerySchema.safeParse(raw.value);
  if (!query.success)
    return sendError(response, 400, 'invalid query', describeZodIssues('query', query.error).split('\n'));
  const range =
    'shift' in query.data ? shiftRange(source.db, query.data.shift, Date.now()) : { ok: true as const, ...query.data };
  if (!range.ok) return sendError(response, 404, range.reason);
  const { from, to } = range;
  const { format } = query.data;
  let report;
  try {
    report = buildShiftReport(source, site, { from, to });
  } catch (error) {
    if (error instanceof ReportTooLargeError || error instanceof RangeError)
      return sendError(response, 400, error.message);
    throw error;
  }
  if (format === 'json') return sendJson(response, 200, report);
  const body = format === 'csv' ? Buffer.from(reportCsv(report), 'utf8') : await reportPdf(report);
  const name = `watchfloor-shift-${new Date(from).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.${format}`;
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': FILE_TYPES[format],
    'Content-Length': body.length,
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
