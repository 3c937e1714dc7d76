import type { Site } from '../../shared/domain/site.js';
import type { SiteVersion, SiteVersionSummary } from '../../shared/site-editing/site-versions.js';
import { apiFetch } from '../api/api-fetch.js';

/** A refusal from the core with its details (the site checks name each problem). */
export class SiteRequestError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

async function checked(response: Response): Promise<unknown> {
  const body = (await response.json().catch(() => null)) as { error?: string; details?: string[] } | null;
  if (!response.ok) throw new SiteRequestError(body?.error ?? `HTTP ${response.status}`, body?.details ?? []);
  return body;
}

const postJson = (path: string, body: unknown) =>
  apiFetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export type VersionList = { current: SiteVersionSummary; versions: SiteVersionSummary[] };
type Saved = { version: SiteVersionSummary };

// The core built these from the same shared types; the casts only name what `checked` parsed.
export const fetchVersions = async () => (await checked(await apiFetch('/api/site/versions'))) as VersionList;
export const fetchVersion = async (id: number) =>
  (await checked(await apiFetch(`/api/site/versions/${id}`))) as SiteVersion;

export const saveSite = async (site: Site, note: string, basedOn: number | null) =>
  (await checked(await postJson('/api/site/versions', { site, note, ...(basedOn ? { basedOn } : {}) }))) as Saved;

export const restoreVersion = async (id: number) =>
  (await checked(await postJson(`/api/site/versions/${id}/restore`, {}))) as Saved;

export const importSiteFile = async (file: File) =>
  (await checked(
    await apiFetch('/api/site/import', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: await file.text(),
    }),
  )) as Saved;

/** Uploads a plan image as it is; the core sniffs it and answers with the plan path to put on the floor. */
export const uploadPlan = async (file: File) =>
  (await checked(
    await apiFetch('/api/site/plans', { method: 'POST', headers: { 'Content-Type': file.type }, body: file }),
  )) as { path: string };

/** The site file, fetched with the token (a plain link cannot carry it) and handed over as a download. */
export async function downloadSiteFile(): Promise<void> {
  const response = await apiFetch('/api/site/export');
  if (!response.ok) await checked(response);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'site.json';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
