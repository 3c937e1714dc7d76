import type { Alarm } from '../../shared/domain/alarm.js';
import { useSeatIdentity } from '../store/desk-selectors.js';
import { ALARM_STATE_SHORT } from './alarm-words.js';

/** "Acknowledged · A. Guard", and "(you)" when that is the operator at this seat. */
export function AlarmOwner({ alarm }: { alarm: Alarm }) {
  const identity = useSeatIdentity();
  const owner = alarm.owner;
  const mine = owner !== null && identity !== null && owner.operator === identity.operator;
  return (
    <span className={`alarm-owner alarm-owner--${alarm.state}`} data-testid="alarm-owner">
      {ALARM_STATE_SHORT[alarm.state]}
      {owner && (
        <>
          {' · '}
          <span
            className={mine ? 'alarm-owner__name alarm-owner__name--mine' : 'alarm-owner__name'}
            title={`at ${owner.seat}`}
          >
            {owner.operator}
            {mine ? ' (you)' : ''}
          </span>
        </>
      )}
    </span>
  );
}
