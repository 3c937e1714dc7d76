import type { Database } from 'better-sqlite3';
import { siteSchema } from '../../../shared/domain/site.js';
import type { SiteVersion, SiteVersionSource, SiteVersionSummary } from '../../../shared/site-editing/site-versions.js';

/** Version history shown to an admin; older versions stay in the database and can be fetched by id. */
export const MAX_LISTED_SITE_VERSIONS = 200;

type Row = { id: number; saved_at: number; saved_by: string; note: string; source: SiteVersionSource };
type FullRow = Row & { site_json: string };

const toSummary = (row: Row): SiteVersionSummary => ({
  id: row.id,
  savedAt: row.saved_at,
  savedBy: row.saved_by,
  note: row.note,
  source: row.source,
});

/** A stored version is re-read through the schema: a row is data, and data may be older than the code. */
const toVersion = (row: FullRow): SiteVersion => ({
  ...toSummary(row),
  site: siteSchema.parse(JSON.parse(row.site_json)),
});

/** Saved versions of the site, append-only: a restore saves the old site again as a new version. */
export function siteVersions(db: Database) {
  const newest = db.prepare('SELECT * FROM site_versions ORDER BY id DESC LIMIT 1');
  const byId = db.prepare('SELECT * FROM site_versions WHERE id = ?');
  const list = db.prepare('SELECT id, saved_at, saved_by, note, source FROM site_versions ORDER BY id DESC LIMIT ?');
  const insert = db.prepare(
    'INSERT INTO site_versions (saved_at, saved_by, note, source, site_json) VALUES (?, ?, ?, ?, ?)',
  );

  return {
    newest: (): SiteVersion | undefined => {
      const row = newest.get() as FullRow | undefined;
      return row && toVersion(row);
    },
    get: (id: number): SiteVersion | undefined => {
      const row = byId.get(id) as FullRow | undefined;
      return row && toVersion(row);
    },
    list: (): SiteVersionSummary[] => (list.all(MAX_LISTED_SITE_VERSIONS) as Row[]).map(toSummary),
    add(version: Omit<SiteVersion, 'id'>): SiteVersion {
      const result = insert.run(
        version.savedAt,
        version.savedBy,
        version.note,
        version.source,
        JSON.stringify(version.site),
      );
      return { ...version, id: Number(result.lastInsertRowid) };
    },
  };
}
export type SiteVersions = ReturnType<typeof siteVersions>;
