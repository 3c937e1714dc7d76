import { OCCURRENCE_LIMITS } from '../../shared/domain/occurrence.js';
import { CONDITION_LABEL } from '../alarms/alarm-words.js';
import { useWatchfloor } from '../store/use-watchfloor.js';
import { toggleAlarm } from './occurrence-draft.js';
import { useEditOccurrence, useLinkableAlarms } from './occurrence-selectors.js';

/** Open alarms the report relates to; the one selected when the dialog opened is ticked already. */
export function LinkedAlarms({ linked }: { linked: readonly number[] }) {
  const alarms = useLinkableAlarms();
  const edit = useEditOccurrence();
  const placedById = useWatchfloor((s) => s.placedById);
  return (
    <fieldset className="occurrence__group" data-testid="occurrence-alarms">
      <legend className="field__label">
        Linked alarms ({linked.length} of at most {OCCURRENCE_LIMITS.alarms})
      </legend>
      {alarms.length === 0 && <p className="dialog__hint">No open alarms.</p>}
      <div className="occurrence__alarms">
        {alarms.map((alarm) => (
          <label key={alarm.id} className="occurrence__alarm">
            <input
              type="checkbox"
              data-testid={`link-alarm-${alarm.id}`}
              checked={linked.includes(alarm.id)}
              disabled={!linked.includes(alarm.id) && linked.length >= OCCURRENCE_LIMITS.alarms}
              onChange={() => edit({ alarmIds: toggleAlarm(linked, alarm.id) })}
            />
            P{alarm.priority} · {CONDITION_LABEL[alarm.condition]} ·{' '}
            {placedById[alarm.deviceId]?.name ?? alarm.deviceId}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
