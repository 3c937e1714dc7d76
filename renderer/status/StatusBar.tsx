import { useSiteName } from '../store/selectors.js';
import { BrokerIndicator } from './BrokerIndicator.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { IngestCounters } from './IngestCounters.js';
import { MuteIndicator } from './MuteIndicator.js';
import { OpenAlarmCount } from './OpenAlarmCount.js';
import { ScreenNav } from './ScreenNav.js';
import { SeatBadge } from './SeatBadge.js';
import { SiteClock } from './SiteClock.js';
import { StoreFaultBanner } from './StoreFaultBanner.js';

/** Always on screen: where, when, who, how much is open, whether it can be heard and whether the picture can be trusted. */
export function StatusBar() {
  const siteName = useSiteName();
  return (
    <header className="status-bar">
      <div className="status-bar__site">
        <span className="status-bar__product">Watchfloor</span>
        <span className="status-bar__site-name" data-testid="site-name">
          {siteName ?? '—'}
        </span>
      </div>
      <ScreenNav />
      <SiteClock />
      <OpenAlarmCount />
      <MuteIndicator />
      <div className="status-bar__spacer" />
      <SeatBadge />
      <ConnectionIndicator />
      <BrokerIndicator />
      <IngestCounters />
      <StoreFaultBanner />
    </header>
  );
}
