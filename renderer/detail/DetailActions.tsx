import { isAcknowledged, type Alarm } from '../../shared/domain/alarm.js';
import type { DeskKey } from '../keyboard/key-map.js';
import { useRunDeskKey } from '../keyboard/use-run-desk-key.js';
import { useRunCommand, useSeatIdentity } from '../store/desk-selectors.js';
import { useDeviceState } from '../store/selectors.js';

type Action = { key: DeskKey; shows: string; label: string; testId: string };

/** The actions that make sense now, each with its key, so the mouse and the keyboard teach each other. */
function availableActions(alarm: Alarm, mine: boolean, outOfService: boolean): Action[] {
  const returned = alarm.state === 'unacknowledged-returned' || alarm.state === 'acknowledged-returned';
  const actions: (Action | false)[] = [
    !isAcknowledged(alarm) && {
      key: { intent: 'acknowledge' },
      shows: 'a',
      label: 'Acknowledge',
      testId: 'acknowledge',
    },
    alarm.incidentId !== null && {
      key: { intent: 'acknowledge-incident' },
      shows: 'i',
      label: 'Acknowledge incident',
      testId: 'acknowledge-incident',
    },
    !mine && alarm.owner === null && { key: { intent: 'claim' }, shows: 'c', label: 'Claim', testId: 'claim' },
    !mine &&
      alarm.owner !== null && { key: { intent: 'take-over' }, shows: '⇧C', label: 'Take over', testId: 'take-over' },
    { key: { intent: 'note' }, shows: 'n', label: 'Note', testId: 'note' },
    { key: { intent: 'dispatch' }, shows: 'd', label: 'Dispatch', testId: 'dispatch' },
    alarm.latched &&
      alarm.resetAt === null &&
      returned && { key: { intent: 'reset' }, shows: 'x', label: 'Reset', testId: 'reset' },
    { key: { intent: 'resolve' }, shows: 'r', label: 'Resolve', testId: 'resolve' },
    alarm.shelved
      ? { key: { intent: 'unshelve' }, shows: 'u', label: 'Unshelve', testId: 'unshelve' }
      : { key: { intent: 'shelve' }, shows: 's', label: 'Shelve', testId: 'shelve' },
    {
      key: { intent: 'service' },
      shows: 'o',
      label: outOfService ? 'Return to service' : 'Out of service',
      testId: 'service',
    },
  ];
  return actions.filter((action): action is Action => action !== false);
}

export function DetailActions({ alarm }: { alarm: Alarm }) {
  const identity = useSeatIdentity();
  const runDeskKey = useRunDeskKey();
  const runCommand = useRunCommand();
  const outOfService = Boolean(useDeviceState(alarm.deviceId)?.outOfService);
  const mine = identity !== null && alarm.owner?.operator === identity.operator;
  return (
    <div className="detail-actions" role="toolbar" aria-label="Actions">
      {availableActions(alarm, mine, outOfService).map((action) => (
        <button
          key={action.testId}
          type="button"
          className={`button detail-actions__button${action.testId === 'acknowledge' ? ' button--primary' : ''}`}
          data-testid={`action-${action.testId}`}
          onClick={() => runDeskKey(action.key)}
        >
          <kbd>{action.shows}</kbd> {action.label}
        </button>
      ))}
      {mine && (
        <button
          type="button"
          className="button detail-actions__button"
          data-testid="action-release"
          onClick={() => void runCommand({ action: 'release', alarmId: alarm.id, version: alarm.version })}
        >
          Release
        </button>
      )}
    </div>
  );
}
