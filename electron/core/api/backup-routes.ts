import type { BackupResult } from '../store/backup.js';
import { sendError, sendJson } from './respond.js';
import type { Route } from './route.js';

export type BackupDeps = {
  /** An online backup into the configured backup folder, now. */
  backup(): Promise<BackupResult>;
};

/** `POST /api/admin/backup`: an on-demand backup (admins only); it takes no body. */
export function backupRoutes(deps: BackupDeps): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/admin/backup',
      access: 'admin',
      handle: async ({ response }) => {
        try {
          const { path, bytes, pages, tookMs } = await deps.backup();
          sendJson(response, 201, { path, bytes, pages, tookMs });
        } catch (error) {
          sendError(response, 500, `backup failed: ${(error as Error).message}`);
        }
      },
    },
  ];
}
