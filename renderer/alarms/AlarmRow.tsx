import { memo } from 'react';
import { PENDING_LABEL } from '../commands/action-words.js';
import { usePendingAction, useRefusalFlash } from '../store/desk-selectors.js';
import { useAlarm, useFloorLabel, usePlacedDevice, useSelectAlarm, useZoneName } from '../store/selectors.js';
import { AlarmAge } from './AlarmAge.js';
import { AlarmFlags } from './AlarmFlags.js';
import { AlarmOwner } from './AlarmOwner.js';
import { CONDITION_LABEL } from './alarm-words.js';
import { PriorityBadge } from './PriorityBadge.js';
import { isEscalated } from './response-clock.js';
import { ResponseClock } from './ResponseClock.js';
import { useFollowCursor } from './use-follow-cursor.js';

type Props = {
  alarmId: number;
  selected: boolean;
  /** The one row Tab lands on; the desk keys move the cursor (keyboard/). */
  focusable: boolean;
  /** Shown under its incident's line. */
  member?: boolean;
  /** Its place in the queue (from 1) and the queue's length: only some lines are drawn, so say so. */
  position: number;
  setSize: number;
};

/**
 * One alarm in the guard's queue: what, where, how long left to respond, who has it. Clicking
 * selects it; everything else is done with the desk keys or the buttons in its detail.
 */
export const AlarmRow = memo(function AlarmRow({
  alarmId,
  selected,
  focusable,
  member = false,
  position,
  setSize,
}: Props) {
  const alarm = useAlarm(alarmId);
  const placed = usePlacedDevice(alarm?.deviceId ?? '');
  const floor = useFloorLabel(alarm?.floorId ?? placed?.floorId);
  const zone = useZoneName(alarm?.zone ?? placed?.zone);
  const pending = usePendingAction(alarmId);
  const flash = useRefusalFlash(alarmId);
  const selectAlarm = useSelectAlarm();
  const ref = useFollowCursor<HTMLLIElement>(selected);
  if (!alarm) return null;

  const where = [floor ?? 'Unplaced', zone].filter(Boolean).join(' · ');
  const classes = [
    'alarm-row',
    `alarm-row--${alarm.category}`,
    `alarm-row--p${alarm.priority}`,
    member ? 'alarm-row--member' : '',
    isEscalated(alarm) ? 'alarm-row--escalated' : '',
    pending ? 'alarm-row--pending' : '',
  ];

  return (
    <li
      ref={ref}
      className={classes.filter(Boolean).join(' ')}
      data-alarm-id={alarm.id}
      data-device-id={alarm.deviceId}
      data-condition={alarm.condition}
      data-priority={alarm.priority}
      data-alarm-state={alarm.state}
      data-owner={alarm.owner?.operator ?? ''}
      data-pending={pending ?? undefined}
      aria-current={selected ? 'true' : undefined}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-busy={pending ? 'true' : undefined}
      tabIndex={focusable ? 0 : -1}
      onClick={() => selectAlarm(alarm.id)}
    >
      <PriorityBadge priority={alarm.priority} />
      <div className="alarm-row__body">
        <div className="alarm-row__headline">
          <span className="alarm-row__condition">{CONDITION_LABEL[alarm.condition]}</span>
          {alarm.count > 1 && (
            <span className="alarm-row__count" title={`${alarm.count} occurrences`} data-testid="occurrences">
              ×{alarm.count}
            </span>
          )}
          <ResponseClock alarm={alarm} />
        </div>
        <div className="alarm-row__device">
          <span className="alarm-row__device-name">{placed?.name ?? alarm.deviceId}</span>
          <AlarmAge since={alarm.raisedAt} />
        </div>
        <div className="alarm-row__meta">
          <span className="alarm-row__where">{where}</span>
          {pending ? (
            <span className="alarm-row__pending" role="status">
              {PENDING_LABEL[pending]}
            </span>
          ) : (
            <AlarmOwner alarm={alarm} />
          )}
        </div>
        <AlarmFlags alarm={alarm} />
      </div>
      {flash > 0 && <span key={flash} className="alarm-row__flash" aria-hidden="true" />}
    </li>
  );
});
