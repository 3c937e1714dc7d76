import type { Drill, StartDrillRequest } from '../../shared/api/drills.js';
import { apiFetch } from '../api/api-fetch.js';

async function problemOf(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => null)) as { error?: string; details?: string[] } | null;
  return new Error([body?.error ?? `HTTP ${response.status}`, ...(body?.details ?? [])].join(': '));
}

export async function fetchDrills(): Promise<Drill[]> {
  const response = await apiFetch('/api/drills');
  if (!response.ok) throw await problemOf(response);
  return ((await response.json()) as { drills: Drill[] }).drills; // built by the core from the same shared type
}

async function post(path: string, body: unknown): Promise<Drill> {
  const response = await apiFetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as Drill;
}

export const startDrill = (request: StartDrillRequest): Promise<Drill> => post('/api/drills', request);
export const endDrill = (id: number): Promise<Drill> => post(`/api/drills/${id}/end`, {});

/** The drill report PDF, fetched with the operator's token (a plain link could not carry it), handed over as a download. */
export async function downloadDrillReport(id: number): Promise<void> {
  const response = await apiFetch(`/api/drills/${id}/report?format=pdf`, { headers: { Accept: 'application/pdf' } });
  if (!response.ok) throw await problemOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `watchfloor-drill-${id}.pdf`;
  link.click();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
