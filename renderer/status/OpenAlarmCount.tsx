import { useOpenAlarmCount, useOpenAlarmCountAtPriority } from '../store/selectors.js';

export function OpenAlarmCount() {
  const total = useOpenAlarmCount();
  const critical = useOpenAlarmCountAtPriority(1);
  return (
    <div className={`open-alarms${total > 0 ? ' open-alarms--some' : ''}`}>
      <span className="open-alarms__value" data-testid="open-alarm-count">
        {total}
      </span>
      <span className="open-alarms__label">
        open alarm{total === 1 ? '' : 's'}
        {critical > 0 && <span className="open-alarms__critical"> · {critical} P1</span>}
      </span>
    </div>
  );
}
