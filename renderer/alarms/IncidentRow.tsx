import { memo } from 'react';
import { useIncident, useSelectRow, useToggleIncident } from '../store/desk-selectors.js';
import { useAlarm, useFloorLabel, usePlacedDevice, useZoneName } from '../store/selectors.js';
import { AlarmAge } from './AlarmAge.js';
import { CONDITION_LABEL } from './alarm-words.js';
import { PriorityBadge } from './PriorityBadge.js';
import type { IncidentSummary, QueueEntry } from './queue-view.js';
import { ResponseClock } from './ResponseClock.js';
import { useFollowCursor } from './use-follow-cursor.js';

type Props = {
  entry: Extract<QueueEntry, { kind: 'incident' }>;
  /** Its alarms' acknowledgements, clock and escalation, worked out with the queue view. */
  summary: IncidentSummary | undefined;
  selected: boolean;
  focusable: boolean;
  /** Its place in the queue (from 1) and the queue's length. */
  position: number;
  setSize: number;
};

/**
 * Correlated alarms as one line, led by the most urgent of them and timed by the one due first;
 * → or Enter shows them all and `i` acknowledges them together.
 */
export const IncidentRow = memo(function IncidentRow({
  entry,
  summary,
  selected,
  focusable,
  position,
  setSize,
}: Props) {
  const { incidentId, alarmIds, expanded } = entry;
  const lead = useAlarm(alarmIds[0] ?? -1);
  const incident = useIncident(incidentId);
  const placed = usePlacedDevice(lead?.deviceId ?? '');
  const floor = useFloorLabel(incident?.floorId ?? lead?.floorId ?? placed?.floorId ?? undefined);
  const zone = useZoneName(incident?.zone ?? lead?.zone ?? placed?.zone);
  const unacknowledged = summary?.unacknowledged ?? 0;
  const firstDue = useAlarm(summary?.firstDueId ?? -1);
  const escalated = summary?.escalated ?? false;
  const selectRow = useSelectRow();
  const toggleIncident = useToggleIncident();
  const ref = useFollowCursor<HTMLLIElement>(selected);
  if (!lead) return null;

  const others = alarmIds.length - 1;
  return (
    <li
      ref={ref}
      className={`incident-row alarm-row--p${lead.priority}${escalated ? ' alarm-row--escalated' : ''}`}
      data-incident-id={incidentId}
      data-testid="incident-row"
      aria-current={selected ? 'true' : undefined}
      aria-expanded={expanded}
      aria-posinset={position}
      aria-setsize={setSize}
      tabIndex={focusable ? 0 : -1}
      onClick={() => {
        selectRow(entry.key);
        toggleIncident(incidentId);
      }}
    >
      <PriorityBadge priority={lead.priority} />
      <div className="alarm-row__body">
        <div className="alarm-row__headline">
          <span className="incident-row__title">
            <span className="incident-row__fold" aria-hidden="true">
              {expanded ? '▾' : '▸'}
            </span>
            Incident · {alarmIds.length} alarms
          </span>
          <ResponseClock alarm={firstDue ?? lead} />
        </div>
        <div className="alarm-row__device">
          <span className="alarm-row__device-name">
            {CONDITION_LABEL[lead.condition]} · {placed?.name ?? lead.deviceId}
            {others > 0 ? ` + ${others} more` : ''}
          </span>
          <AlarmAge since={incident?.openedAt ?? lead.raisedAt} />
        </div>
        <div className="alarm-row__meta">
          <span className="alarm-row__where">{[floor ?? 'Unplaced', zone].filter(Boolean).join(' · ')}</span>
          <span className={unacknowledged > 0 ? 'incident-row__unacked' : 'incident-row__acked'}>
            {unacknowledged > 0 ? `${unacknowledged} unacknowledged` : 'All acknowledged'}
          </span>
        </div>
      </div>
    </li>
  );
});
