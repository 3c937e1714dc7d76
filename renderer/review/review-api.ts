import type { Site } from '../../shared/domain/site.js';
import type { ReviewFilter } from '../../shared/review/review-query.js';
import type { AlarmHistory, ReplayResult, SearchPage, TimelinePage } from '../../shared/review/review-results.js';
import { apiFetch } from '../api/api-fetch.js';

/** Filters as the form holds them: times as epoch ms, the rest as text ('' = any). */
export type FilterForm = { from: number; to: number } & Partial<
  Record<Exclude<keyof ReviewFilter, 'from' | 'to'>, string>
>;

export function filterParams(form: FilterForm, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams({ from: String(form.from), to: String(form.to) });
  for (const [key, value] of Object.entries(form))
    if (typeof value === 'string' && value !== '') params.set(key, value);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await apiFetch(path, signal ? { signal } : {});
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `the console core answered ${response.status}`);
  }
  // The core's own answer, typed by the contract in shared/review.
  return (await response.json()) as T;
}

export const fetchTimeline = (form: FilterForm, after: string | null, signal?: AbortSignal) =>
  getJson<TimelinePage>(`/api/review/timeline?${filterParams(form, after ? { after } : {})}`, signal);

export const fetchSearch = (form: FilterForm, q: string, signal?: AbortSignal) =>
  getJson<SearchPage>(`/api/review/search?${filterParams(form, { q })}`, signal);

export const fetchAlarmHistory = (id: number, signal?: AbortSignal) =>
  getJson<AlarmHistory>(`/api/review/alarms/${id}`, signal);

export const fetchReplay = (at: number, until: number, signal?: AbortSignal) =>
  getJson<ReplayResult>(`/api/review/replay?at=${at}&until=${until}`, signal);

export const fetchSite = (signal?: AbortSignal) => getJson<Site>('/api/site', signal);

/** The shift report of the range as a file the browser saves; through apiFetch so the token goes with it. */
export async function downloadReport(form: FilterForm, format: 'pdf' | 'csv'): Promise<void> {
  const response = await apiFetch(`/api/reports/shift?from=${form.from}&to=${form.to}&format=${format}`, {
    headers: { Accept: format === 'pdf' ? 'application/pdf' : 'text/csv' },
  });
  if (!response.ok) throw new Error(`the report could not be made (${response.status})`);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `shift.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
