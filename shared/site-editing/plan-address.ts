/** Floorplan image types the console accepts; the type is sniffed from the bytes, never taken from a name. */
export const PLAN_MIME_TYPES = ['image/svg+xml', 'image/png', 'image/jpeg'] as const;
export type PlanMime = (typeof PLAN_MIME_TYPES)[number];

export const PLAN_EXTENSION = {
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const satisfies Record<PlanMime, string>;

/** A plan kept in the console's database is named by the sha256 of its bytes: `plans/<hex>.<ext>`. */
const STORED_PLAN = /^plans\/([0-9a-f]{64})\.(svg|png|jpg)$/;

export function storedPlanPath(hash: string, mime: PlanMime): string {
  return `plans/${hash}.${PLAN_EXTENSION[mime]}`;
}

/** The content hash a stored plan's path names, or null for a path into a site folder. */
export function storedPlanHash(path: string): string | null {
  return STORED_PLAN.exec(path)?.[1] ?? null;
}
