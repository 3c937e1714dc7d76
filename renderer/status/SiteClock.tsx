import { useMemo } from 'react';
import { useSiteTimezone } from '../store/selectors.js';
import { useCoreNow } from '../time/use-core-now.js';

function clockFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
  } catch {
    // An unknown zone in the site file must not blank the clock; fall back to the seat's zone.
    return new Intl.DateTimeFormat('en-GB', options);
  }
}

/** The site's local time on the core's clock: the time alarms and the log are written in. */
export function SiteClock() {
  const timeZone = useSiteTimezone() ?? undefined;
  const format = useMemo(() => clockFormat(timeZone), [timeZone]);
  const now = useCoreNow();
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return (
    <div className="site-clock" data-testid="site-clock" title={timeZone ?? 'Local time'}>
      <span className="site-clock__time">{`${part('hour')}:${part('minute')}:${part('second')}`}</span>
      <span className="site-clock__date">{`${part('weekday')} ${part('day')} ${part('month')}`}</span>
    </div>
  );
}
