import { useRef } from 'react';
import { filtersActive, NO_FILTERS } from './queue-filters.js';
import { useFilters, useQueueView, useSelectedIncidentId, useSetFilters } from '../store/desk-selectors.js';
import { useSelectedAlarmId } from '../store/selectors.js';
import { AlarmRow } from './AlarmRow.js';
import { FloodBanner } from './FloodBanner.js';
import { IncidentRow } from './IncidentRow.js';
import { OutOfServiceSection } from './OutOfServiceSection.js';
import { QueueFilterBar } from './QueueFilterBar.js';
import type { RowKey } from './queue-view.js';
import { ShelvedSection } from './ShelvedSection.js';
import { drawnLines } from './queue-window.js';
import { useQueueWindow } from './use-queue-window.js';

/** `.alarm-queue__list` padding; the room for lines not drawn is added to it. */
const LIST_PADDING_PX = 8;

/** The room of the lines not drawn between the cursor's kept line and the window; not a line itself. */
const room = (height: number) => (
  <li key="room" className="alarm-queue__room" aria-hidden="true" role="presentation" style={{ height }} />
);

/**
 * The guard's queue: most urgent first, then oldest; incidents grouped; shelved and out-of-service
 * kept in sight. Only the lines in and near the view are drawn; each says its place in the whole
 * (aria-posinset of aria-setsize), so a screen reader still announces the queue's length.
 */
export function AlarmQueue() {
  const view = useQueueView();
  const selectedAlarmId = useSelectedAlarmId();
  const selectedIncidentId = useSelectedIncidentId();
  const filtered = filtersActive(useFilters());
  const setFilters = useSetFilters();
  const cursorKey: RowKey | null =
    selectedIncidentId !== null
      ? `incident:${selectedIncidentId}`
      : selectedAlarmId !== null
        ? `alarm:${selectedAlarmId}`
        : null;
  const focusKey = view.entries.some((entry) => entry.key === cursorKey) ? cursorKey : view.entries[0]?.key;
  const body = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const lines = useQueueWindow(body, list, view.entryKeys, cursorKey);
  const setSize = view.entries.length;
  const line = (index: number) => {
    const entry = view.entries[index];
    if (!entry) return null;
    return entry.kind === 'incident' ? (
      <IncidentRow
        key={entry.key}
        entry={entry}
        summary={view.incidentSummaries.get(entry.incidentId)}
        selected={entry.key === cursorKey}
        focusable={entry.key === focusKey}
        position={index + 1}
        setSize={setSize}
      />
    ) : (
      <AlarmRow
        key={entry.key}
        alarmId={entry.alarmId}
        member={entry.member}
        selected={entry.key === cursorKey}
        focusable={entry.key === focusKey}
        position={index + 1}
        setSize={setSize}
      />
    );
  };

  return (
    <section className="alarm-queue" aria-labelledby="alarm-queue-title">
      <header className="alarm-queue__header">
        <h2 id="alarm-queue-title">Alarm queue</h2>
        <span className="alarm-queue__count" data-testid="queue-count">
          {view.shown}
        </span>
        <span className="alarm-queue__keys" aria-hidden="true">
          ? keys
        </span>
      </header>
      <FloodBanner />
      <QueueFilterBar />
      <div className="alarm-queue__body" ref={body}>
        {view.entries.length === 0 ? (
          <p className="alarm-queue__empty" data-testid="alarm-queue-empty">
            {filtered ? 'No alarms match the filters' : 'No open alarms'}
          </p>
        ) : (
          <ol
            ref={list}
            className="alarm-queue__list"
            data-testid="alarm-queue"
            data-lines={setSize}
            style={{
              paddingTop: LIST_PADDING_PX + lines.spaceAbove,
              paddingBottom: LIST_PADDING_PX + lines.spaceBelow,
            }}
          >
            {drawnLines(lines).map((item) => ('room' in item ? room(item.room) : line(item.line)))}
          </ol>
        )}
        {view.hiddenByFilters > 0 && (
          <p className="alarm-queue__hidden" data-testid="hidden-by-filters">
            {view.hiddenByFilters} more hidden by filters{' '}
            <button type="button" className="button button--small" onClick={() => setFilters(NO_FILTERS)}>
              Show all
            </button>
          </p>
        )}
        <ShelvedSection alarmIds={view.shelvedIds} selectedId={selectedIncidentId === null ? selectedAlarmId : null} />
        <OutOfServiceSection />
      </div>
    </section>
  );
}
