/** The command schema's limits (shared/live/commands.ts), checked in the forms so the guard learns early. */
export const NOTE_MAX = 2000;
export const REASON_MAX = 500;
export const DISPATCH_TO_MAX = 200;
export const OUT_OF_SERVICE_MAX_HOURS = 24 * 90;

/** Whole minutes from 1 to the site's shelving limit, or null. */
export function shelveMinutes(raw: string, maxMinutes: number): number | null {
  const minutes = Number(raw);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= maxMinutes ? minutes : null;
}

/** Blank means "until returned to service"; otherwise hours above 0, up to 90 days. */
export function outOfServiceHours(raw: string): number | undefined | null {
  if (raw.trim() === '') return undefined;
  const hours = Number(raw);
  return Number.isFinite(hours) && hours > 0 && hours <= OUT_OF_SERVICE_MAX_HOURS ? hours : null;
}
