export type Cell = string | number | boolean | null;

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula: a
 * guard's note reading =HYPERLINK(…) must not become a live link in a manager's Excel (OWASP
 * "CSV injection"). Such text gets a leading single quote; numbers the report itself writes do not.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  // RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 records: CRLF after every one, the last included. */
export const csvLines = (rows: readonly (readonly Cell[])[]): string =>
  rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
