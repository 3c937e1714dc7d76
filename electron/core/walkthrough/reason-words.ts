/** Site-local "Tue 18 Nov 02:14": a guard reads it against the week, not against UTC. */
export function shortSiteTime(at: number, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
}

export const windowWords = (days: number): string => (days === 1 ? 'in the last day' : `in the last ${days} days`);

/** "3 h 12 min", "45 min", "2 d 4 h": how long a device has been silent. */
export function durationWords(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const [days, hours] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60)];
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes % 60 > 0 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${minutes} min`;
}

/** "video-loss 3×, offline 1×" from counts, most frequent first. */
export const countWords = (counts: readonly { what: string; count: number }[]): string =>
  [...counts]
    .sort((a, b) => b.count - a.count || a.what.localeCompare(b.what))
    .map(({ what, count }) => `${what} ${count}×`)
    .join(', ');
