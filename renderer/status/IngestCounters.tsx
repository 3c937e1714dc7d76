import type { IngestCounters as Counters } from '../../shared/domain/health.js';
import { useConnectionState, useIngestCounters } from '../store/selectors.js';
import { formatCount } from '../time/format.js';

const COUNTERS = ['received', 'stored', 'duplicates', 'quarantined'] as const satisfies readonly (keyof Counters)[];

/** Ingest since the core started; quarantined messages are device data nobody can see yet, so they stand out. */
export function IngestCounters() {
  const ingest = useIngestCounters();
  const stale = useConnectionState() !== 'live';
  return (
    <dl
      className={`ingest${stale ? ' ingest--stale' : ''}`}
      data-testid="ingest-counters"
      aria-label={stale ? 'Messages since the core started, last known' : 'Messages since the core started'}
    >
      {COUNTERS.map((name) => {
        const value = ingest?.[name] ?? null;
        const flagged = name === 'quarantined' && value !== null && value > 0;
        return (
          <div key={name} className={`ingest__counter${flagged ? ' ingest__counter--flagged' : ''}`}>
            <dt>{name}</dt>
            <dd data-counter={name}>{value === null ? '–' : formatCount(value)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
