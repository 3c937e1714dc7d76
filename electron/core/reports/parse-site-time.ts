import { zoneOffsetMs } from './site-time.js';

export type ParsedTime = { ok: true; at: number } | { ok: false; reason: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MS = 86_400_000;

/**
 * An ISO 8601 date or date-time. With an offset (Z, +01:00) it is that instant; without one it is
 * the site's wall-clock time, because a supervisor thinks of "last night 22:00" at the site. A local
 * time the clocks skip, or pass twice, is refused rather than guessed.
 */
export function parseSiteTime(text: string, timezone: string): ParsedTime {
  const match = ISO.exec(text.trim());
  if (!match) return { ok: false, reason: 'not an ISO 8601 date or date-time (2025-11-21 or 2025-11-21T22:00)' };
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', offset] = match;
  const [y, mo, d, h, mi, s] = [Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second)];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, Number(fraction.padEnd(3, '0')));
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return { ok: false, reason: 'no such date or time' };
  if (offset !== undefined) {
    const shift = offsetMs(offset);
    return shift === null ? { ok: false, reason: `no such offset: ${offset}` } : { ok: true, at: wall - shift };
  }

  // The offsets on either side of any clock change near this wall time; each gives one candidate.
  const offsets = new Set([wall - DAY_MS, wall, wall + DAY_MS].map((at) => zoneOffsetMs(at, timezone)));
  const instants = [...offsets].map((o) => wall - o).filter((at) => wall - at === zoneOffsetMs(at, timezone));
  const unique = [...new Set(instants)];
  if (unique.length === 0) return { ok: false, reason: `does not exist in ${timezone} (the clocks skip it)` };
  const [at] = unique;
  if (unique.length > 1 || at === undefined)
    return { ok: false, reason: `happens twice in ${timezone} (the clocks go back): add an offset such as +01:00` };
  return { ok: true, at };
}

function offsetMs(offset: string): number | null {
  if (offset === 'Z') return 0;
  const digits = offset.replace(':', '');
  const [hours, minutes] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
  if (hours > 23 || minutes > 59) return null;
  return (digits.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}
