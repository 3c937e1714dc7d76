import { useEffect, useState } from 'react';
import type { Site } from '../../shared/domain/site.js';
import type { SearchHit, TimelineEntry } from '../../shared/review/review-results.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { AlarmHistoryPanel } from './AlarmHistoryPanel.js';
import { ReplayView } from './ReplayView.js';
import { ReviewFilters } from './ReviewFilters.js';
import { downloadReport, fetchSearch, fetchSite, fetchTimeline, type FilterForm } from './review-api.js';
import { rangePresets } from './shift-presets.js';
import { TimelineList } from './TimelineList.js';
import './review.css';

type Log = { entries: TimelineEntry[]; next: string | null; loading: boolean };

/** ?view=review: the supervisor's shift log (filters, search, alarm drill-down), replay and report export. */
export function ReviewScreen() {
  const [site, setSite] = useState<Site | null>(null);
  const [form, setForm] = useState<FilterForm | null>(null);
  const [log, setLog] = useState<Log>({ entries: [], next: null, loading: false });
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [alarmId, setAlarmId] = useState<number | null>(null);
  const [mode, setMode] = useState<'log' | 'replay'>('log');
  const [error, setError] = useState<string | null>(null);
  const time = useSiteTimeFormat(true);

  useEffect(() => {
    const controller = new AbortController();
    fetchSite(controller.signal)
      .then((loaded) => {
        setSite(loaded);
        const night = rangePresets(Date.now(), loaded.timezone)[0];
        setForm(
          (current) => current ?? { from: night?.from ?? Date.now() - 8 * 3_600_000, to: night?.to ?? Date.now() },
        );
      })
      .catch((failure: unknown) => !controller.signal.aborted && setError(String(failure)));
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (!form || form.from >= form.to) return;
    const controller = new AbortController();
    setLog({ entries: [], next: null, loading: true });
    fetchTimeline(form, null, controller.signal)
      .then((page) => setLog({ entries: page.entries, next: page.next, loading: false }))
      .catch((failure: unknown) => !controller.signal.aborted && setError(String(failure)));
    return () => controller.abort();
  }, [form]);

  const more = () => {
    if (!form || !log.next || log.loading) return;
    const after = log.next;
    setLog((current) => ({ ...current, loading: true }));
    fetchTimeline(form, after)
      .then((page) =>
        setLog((current) => ({ entries: [...current.entries, ...page.entries], next: page.next, loading: false })),
      )
      .catch((failure: unknown) => setError(String(failure)));
  };

  const search = () => {
    if (!form) return;
    if (query.trim() === '') return setHits(null);
    fetchSearch(form, query)
      .then((page) => setHits(page.hits))
      .catch((failure: unknown) => setError(String(failure)));
  };

  if (!site || !form) return <main className="review">{error ?? 'Loading the site…'}</main>;
  return (
    <main className="review">
      <ReviewFilters site={site} form={form} onChange={setForm} />
      <div className="review-toolbar">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            search();
          }}
        >
          <input
            aria-label="Search notes"
            placeholder="Search notes…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit">Search</button>
        </form>
        <button type="button" onClick={() => setMode(mode === 'log' ? 'replay' : 'log')}>
          {mode === 'log' ? 'Replay on the map' : 'Back to the log'}
        </button>
        <button
          type="button"
          onClick={() => void downloadReport(form, 'pdf').catch((e: unknown) => setError(String(e)))}
        >
          Export PDF
        </button>
        <button
          type="button"
          onClick={() => void downloadReport(form, 'csv').catch((e: unknown) => setError(String(e)))}
        >
          Export CSV
        </button>
        <span className="review-toolbar__count">
          {log.entries.length}
          {log.next ? '+' : ''} entries
        </span>
      </div>
      {error && (
        <p role="alert" onClick={() => setError(null)}>
          {error}
        </p>
      )}
      <div className={`review-body${alarmId !== null ? ' review-body--detail' : ''}`}>
        {mode === 'replay' ? (
          <ReplayView site={site} from={form.from} to={form.to} />
        ) : hits ? (
          <ol className="review-hits" aria-label="Search results">
            {hits.map((hit) => (
              <li key={hit.action.seq}>
                <time>{time(hit.action.at, hit.action.at)}</time> {hit.action.operator} · {hit.snippet}
                {hit.action.alarmId !== null && (
                  <button type="button" onClick={() => setAlarmId(hit.action.alarmId)}>
                    alarm {hit.action.alarmId}
                  </button>
                )}
              </li>
            ))}
            {hits.length === 0 && <li>No notes match.</li>}
          </ol>
        ) : (
          <TimelineList
            entries={log.entries}
            hasMore={log.next !== null && !log.loading}
            onMore={more}
            onOpenAlarm={setAlarmId}
          />
        )}
        {alarmId !== null && <AlarmHistoryPanel alarmId={alarmId} onClose={() => setAlarmId(null)} />}
      </div>
    </main>
  );
}
