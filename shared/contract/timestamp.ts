import { z } from 'zod';

/** Device clocks before this are certainly wrong (2000-01-01); kept as a sanity bound, not a policy. */
const EARLIEST_PLAUSIBLE_MS = Date.UTC(2000, 0, 1);
/** ...and after this (2100-01-01). Skew inside the bounds is measured and shown, never corrected. */
const LATEST_PLAUSIBLE_MS = Date.UTC(2100, 0, 1);

const isoTimestamp = z.iso.datetime({ offset: true }).transform((text) => Date.parse(text));

const epochMillis = z.number().int();

/** `ts`: an ISO-8601 string with a zone, or epoch milliseconds; parsed to epoch milliseconds. */
export const deviceTimestampSchema = z
  .union([isoTimestamp, epochMillis])
  .refine((ms) => ms >= EARLIEST_PLAUSIBLE_MS && ms < LATEST_PLAUSIBLE_MS, 'timestamp outside 2000-2099');
