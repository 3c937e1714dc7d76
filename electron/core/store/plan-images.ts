import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { PlanMime } from '../../../shared/site-editing/plan-address.js';

export type PlanImage = { hash: string; mime: PlanMime; bytes: Buffer };

/**
 * Floorplan images by the sha256 of their bytes. Callers sniff and cap the bytes first
 * (site/plan-sniff.ts); storing the same image twice keeps one row.
 */
export function planImages(db: Database) {
  const byHash = db.prepare('SELECT hash, mime, bytes FROM plan_images WHERE hash = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO plan_images (hash, mime, size, bytes, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)',
  );

  return {
    get: (hash: string): PlanImage | undefined => byHash.get(hash) as PlanImage | undefined,
    /** Stores the image (once) and returns its content hash. */
    put(bytes: Buffer, mime: PlanMime, by: string, at: number): string {
      const hash = createHash('sha256').update(bytes).digest('hex');
      insert.run(hash, mime, bytes.length, bytes, at, by);
      return hash;
    },
  };
}
export type PlanImages = ReturnType<typeof planImages>;
