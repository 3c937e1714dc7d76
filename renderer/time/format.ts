/** Clock differences below this are network and scheduling noise, not a device clock worth fixing. */
export const SKEW_WORTH_SHOWING_MS = 5_000;

const pad = (value: number) => String(value).padStart(2, '0');

/** A duration as a guard reads it at a glance: "42 s", "3 min 05 s", "1 h 02 min", "2 d 03 h". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${pad(seconds % 60)} s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${pad(minutes % 60)} min`;
  return `${Math.floor(hours / 24)} d ${pad(hours % 24)} h`;
}

/** Time left, to the minute and rounded up: "12 min", "1 h 05 min", "2 d 03 h". Seconds are noise here. */
export function formatTimeLeft(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes < 60 ? `${minutes} min` : formatDuration(minutes * 60_000);
}

export function formatAgo(at: number, now: number): string {
  const ms = now - at;
  return ms < 2_000 ? 'just now' : `${formatDuration(ms)} ago`;
}

/** Skew is receive time minus device time, so a positive skew is a device clock running behind. */
export function formatSkew(skewMs: number): string | null {
  if (Math.abs(skewMs) <= SKEW_WORTH_SHOWING_MS) return null;
  return `${formatDuration(Math.abs(skewMs))} ${skewMs > 0 ? 'behind' : 'ahead'}`;
}

/** Made once: `toLocaleString` builds a formatter on every call, and counters update every frame. */
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}
