import type { Database } from 'better-sqlite3';
import type { Site } from '../../../shared/domain/site.js';
import type { SiteVersion, SiteVersionSource, SiteVersionSummary } from '../../../shared/site-editing/site-versions.js';
import { planImages, type PlanImages } from '../store/plan-images.js';
import { siteVersions, type SiteVersions } from '../store/site-versions.js';
import { checkSite } from './load-site.js';
import { readSiteFolder } from './site-file-io.js';
import { onlyStoredPlans, storePlans, type PlanSource } from './store-plans.js';

/** A save the console cannot take: the message says why (400), or someone saved in between (409). */
export class SiteSaveError extends Error {
  override readonly name = 'SiteSaveError';
  constructor(
    message: string,
    readonly status: 400 | 409,
  ) {
    super(message);
  }
}

export type SaveMeta = { by: string; note: string; source: SiteVersionSource; basedOn?: number | undefined };

const summary = (version: SiteVersion): SiteVersionSummary => ({
  id: version.id,
  savedAt: version.savedAt,
  savedBy: version.savedBy,
  note: version.note,
  source: version.source,
});

/**
 * The site in use and its saved versions. Each save is checked like a site folder, stored as a new
 * version, and handed to the listeners (the situation, the seats) — the console never restarts for an edit.
 */
export class SiteBook {
  private listeners: ((version: SiteVersion) => void)[] = [];
  readonly versions: SiteVersions;
  readonly images: PlanImages;

  constructor(
    private readonly db: Database,
    private version: SiteVersion,
  ) {
    this.versions = siteVersions(db);
    this.images = planImages(db);
  }

  get site(): Site {
    return this.version.site;
  }
  get current(): SiteVersionSummary {
    return summary(this.version);
  }

  onChange(listener: (version: SiteVersion) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Checks and saves `raw` as the newest version. Its plans must be stored already unless `plans`
   * supplies them. The site id cannot change under a running console: events, alarms and device
   * states are kept per site id.
   */
  save(raw: unknown, meta: SaveMeta, at: number, plans: PlanSource = onlyStoredPlans): SiteVersion {
    if (meta.basedOn !== undefined && meta.basedOn !== this.version.id)
      throw new SiteSaveError(
        `version ${this.version.id} was saved after version ${meta.basedOn} you started from; reload and edit again`,
        409,
      );
    let checked: Site;
    try {
      checked = checkSite(raw, 'site');
    } catch (error) {
      throw new SiteSaveError((error as Error).message, 400);
    }
    if (checked.id !== this.site.id)
      throw new SiteSaveError(
        `site: id: this console runs site "${this.site.id}"; a different site ("${checked.id}") needs \`watchfloor site import\` and a restart`,
        400,
      );
    // Plans and version in one transaction: a refused plan leaves nothing behind.
    const saved = this.db.transaction(() => {
      let site: Site;
      try {
        site = storePlans(checked, plans, this.images, meta.by, at);
      } catch (error) {
        throw new SiteSaveError((error as Error).message, 400);
      }
      return this.versions.add({ savedAt: at, savedBy: meta.by, note: meta.note, source: meta.source, site });
    })();
    this.version = saved;
    for (const listener of this.listeners) listener(saved);
    return saved;
  }
}

/**
 * The site a console starts with: the newest saved version, or — on a database without one — the
 * site folder's, imported as version 1 with its plans (`source: 'folder'` records which).
 */
export function openSiteBook(db: Database, folder: string, at: number): SiteBook {
  const newest =
    siteVersions(db).newest() ??
    addSiteVersion(
      db,
      readSiteFolder(folder),
      {
        by: 'system',
        note: `imported from ${folder}`,
        source: 'folder',
      },
      at,
    );
  return new SiteBook(db, newest);
}

/** Stores a whole site (checked already) with its plans as a new version, without any running console's checks. */
export function addSiteVersion(
  db: Database,
  from: { site: Site; plans: PlanSource },
  meta: Omit<SaveMeta, 'basedOn'>,
  at: number,
): SiteVersion {
  return db.transaction(() => {
    const site = storePlans(from.site, from.plans, planImages(db), meta.by, at);
    return siteVersions(db).add({ savedAt: at, savedBy: meta.by, note: meta.note, source: meta.source, site });
  })();
}
