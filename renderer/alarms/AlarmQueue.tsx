import { filtersActive, NO_FILTERS } from './queue-filters.js';
import { useFilters, useQueueView, useSelectedIncidentId, useSetFilters } from '../store/desk-selectors.js';
import { useSelectedAlarmId } from '../store/selectors.js';
import { AlarmRow } from './AlarmRow.js';
import { FloodBanner } from './FloodBanner.js';
import { IncidentRow } from './IncidentRow.js';
import { OutOfServiceSection } from './OutOfServiceSection.js';
import { QueueFilterBar } from './QueueFilterBar.js';
import { ShelvedSection } from './ShelvedSection.js';

/** The guard's queue: most urgent first, then oldest; incidents grouped; shelved and out-of-service kept in sight. */
export function AlarmQueue() {
  const view = useQueueView();
  const selectedAlarmId = useSelectedAlarmId();
  const selectedIncidentId = useSelectedIncidentId();
  const filtered = filtersActive(useFilters());
  const setFilters = useSetFilters();
  const cursorKey = selectedIncidentId !== null ? `incident:${selectedIncidentId}` : `alarm:${selectedAlarmId}`;
  const focusKey = view.entries.some((entry) => entry.key === cursorKey) ? cursorKey : view.entries[0]?.key;

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
      <div className="alarm-queue__body">
        {view.entries.length === 0 ? (
          <p className="alarm-queue__empty" data-testid="alarm-queue-empty">
            {filtered ? 'No alarms match the filters' : 'No open alarms'}
          </p>
        ) : (
          <ol className="alarm-queue__list" data-testid="alarm-queue">
            {view.entries.map((entry) =>
              entry.kind === 'incident' ? (
                <IncidentRow
                  key={entry.key}
                  entry={entry}
                  selected={entry.key === cursorKey}
                  focusable={entry.key === focusKey}
                />
              ) : (
                <AlarmRow
                  key={entry.key}
                  alarmId={entry.alarmId}
                  member={entry.member}
                  selected={entry.key === cursorKey}
                  focusable={entry.key === focusKey}
                />
              ),
            )}
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
