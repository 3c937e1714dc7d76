import { memo, type KeyboardEvent } from 'react';
import { useAlarm, useFloorLabel, usePlacedDevice, useSelectAlarm, useZoneName } from '../store/selectors.js';
import { AlarmAge } from './AlarmAge.js';
import { ALARM_STATE_LABEL, CONDITION_LABEL } from './alarm-words.js';
import { PriorityBadge } from './PriorityBadge.js';

type Props = {
  alarmId: number;
  selected: boolean;
  /** The one row Tab lands on; arrows move between rows (see AlarmQueue). */
  focusable: boolean;
};

/**
 * One alarm in the guard's queue. The whole row selects it (click, Enter or Space); actions such
 * as acknowledge belong in `.alarm-row__actions`, and their own keys are left alone here.
 */
export const AlarmRow = memo(function AlarmRow({ alarmId, selected, focusable }: Props) {
  const alarm = useAlarm(alarmId);
  const placed = usePlacedDevice(alarm?.deviceId ?? '');
  const floor = useFloorLabel(placed?.floorId);
  const zone = useZoneName(alarm?.zone ?? placed?.zone);
  const selectAlarm = useSelectAlarm();
  if (!alarm) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    selectAlarm(alarm.id);
  };
  const where = [floor ?? 'Unplaced', zone].filter(Boolean).join(' · ');

  return (
    <li
      className={`alarm-row alarm-row--${alarm.category} alarm-row--p${alarm.priority}`}
      data-alarm-id={alarm.id}
      data-device-id={alarm.deviceId}
      data-condition={alarm.condition}
      data-priority={alarm.priority}
      data-alarm-state={alarm.state}
      aria-current={selected ? 'true' : undefined}
      tabIndex={focusable ? 0 : -1}
      onClick={() => selectAlarm(alarm.id)}
      onKeyDown={onKeyDown}
    >
      <PriorityBadge priority={alarm.priority} />
      <div className="alarm-row__body">
        <div className="alarm-row__headline">
          <span className="alarm-row__condition">{CONDITION_LABEL[alarm.condition]}</span>
          {alarm.count > 1 && (
            <span className="alarm-row__count" title={`${alarm.count} occurrences`}>
              ×{alarm.count}
            </span>
          )}
          <AlarmAge since={alarm.raisedAt} />
        </div>
        <div className="alarm-row__device">{placed?.name ?? alarm.deviceId}</div>
        <div className="alarm-row__meta">
          <span className="alarm-row__where">{where}</span>
          {alarm.category === 'trouble' && <span className="alarm-row__category">Trouble</span>}
          <span className={`alarm-row__state alarm-row__state--${alarm.state}`}>{ALARM_STATE_LABEL[alarm.state]}</span>
        </div>
      </div>
    </li>
  );
});
