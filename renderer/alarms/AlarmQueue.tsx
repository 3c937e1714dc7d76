import type { KeyboardEvent } from 'react';
import { useQueueAlarmIds, useSelectedAlarmId } from '../store/selectors.js';
import { AlarmRow } from './AlarmRow.js';

/** Up and down walk the queue, so a guard can work it without the mouse. */
function moveFocus(event: KeyboardEvent<HTMLOListElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const row = event.target instanceof Element ? event.target.closest('.alarm-row') : null;
  const next = event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling;
  if (!(next instanceof HTMLElement)) return;
  event.preventDefault();
  next.focus();
}

/** The guard's queue: every open alarm, most urgent first, then oldest first. */
export function AlarmQueue() {
  const alarmIds = useQueueAlarmIds();
  const selectedId = useSelectedAlarmId();
  const focusId = selectedId !== null && alarmIds.includes(selectedId) ? selectedId : alarmIds[0];

  return (
    <section className="alarm-queue" aria-labelledby="alarm-queue-title">
      <header className="alarm-queue__header">
        <h2 id="alarm-queue-title">Alarm queue</h2>
        <span className="alarm-queue__count" data-testid="queue-count">
          {alarmIds.length}
        </span>
      </header>
      {alarmIds.length === 0 ? (
        <p className="alarm-queue__empty" data-testid="alarm-queue-empty">
          No open alarms
        </p>
      ) : (
        <ol className="alarm-queue__list" data-testid="alarm-queue" onKeyDown={moveFocus}>
          {alarmIds.map((alarmId) => (
            <AlarmRow
              key={alarmId}
              alarmId={alarmId}
              selected={alarmId === selectedId}
              focusable={alarmId === focusId}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
