import { z } from 'zod';
import { PLAN_MIME_TYPES, storedPlanPath } from '../../../shared/site-editing/plan-address.js';
import { restoreSiteRequestSchema, saveSiteRequestSchema } from '../../../shared/site-editing/site-versions.js';
import { MAX_PLAN_IMAGE_BYTES, sniffPlanImage } from '../site/plan-sniff.js';
import { SiteSaveError, type SaveMeta, type SiteBook } from '../site/site-book.js';
import { exportSiteFile, readSiteFile } from '../site/site-file-io.js';
import type { PlanSource } from '../site/store-plans.js';
import { readRawBody } from './raw-body.js';
import { SECURITY_HEADERS, sendError, sendJson } from './respond.js';
import type { Route, RouteContext } from './route.js';
import { MAX_SITE_FILE_BYTES, MAX_SITE_SAVE_BYTES, withSiteBody } from './site-body.js';

export type SiteRouteDeps = { siteBook?: SiteBook | undefined };

const versionId = (text: string | undefined) => (/^\d{1,15}$/.test(text ?? '') ? Number(text) : NaN);

/** The site editor's endpoints (docs/site-editor.md): versions, plan images, the one-file export and import. */
export function siteRoutes(deps: SiteRouteDeps): Route[] {
  const book = deps.siteBook;
  if (!book) return [];
  const save = (context: RouteContext, raw: unknown, meta: Omit<SaveMeta, 'by'>, plans?: PlanSource) => {
    try {
      const saved = book.save(raw, { ...meta, by: context.caller?.username ?? 'unknown' }, Date.now(), plans);
      sendJson(context.response, 201, { version: book.current, siteId: saved.site.id });
    } catch (error) {
      if (!(error instanceof SiteSaveError)) throw error;
      sendError(context.response, error.status, 'the site was not saved', error.message.split('\n'));
    }
  };
  return [
    {
      method: 'GET',
      path: '/api/site/versions',
      access: 'guard',
      handle: ({ response }) => sendJson(response, 200, { current: book.current, versions: book.versions.list() }),
    },
    {
      method: 'GET',
      path: '/api/site/versions/:id',
      access: 'guard',
      handle: ({ params, response }) => {
        const version = book.versions.get(versionId(params.id));
        return version ? sendJson(response, 200, version) : sendError(response, 404, `no site version ${params.id}`);
      },
    },
    {
      method: 'POST',
      path: '/api/site/versions',
      access: 'admin',
      handle: withSiteBody(saveSiteRequestSchema, MAX_SITE_SAVE_BYTES, (body, context) =>
        save(context, body.site, { note: body.note, source: 'editor', basedOn: body.basedOn }),
      ),
    },
    {
      method: 'POST',
      path: '/api/site/versions/:id/restore',
      access: 'admin',
      handle: withSiteBody(restoreSiteRequestSchema, MAX_SITE_SAVE_BYTES, (body, context) => {
        const old = book.versions.get(versionId(context.params.id));
        if (!old) return sendError(context.response, 404, `no site version ${context.params.id}`);
        save(context, old.site, { note: body.note || `restored version ${old.id}`, source: 'restore' });
      }),
    },
    {
      method: 'POST',
      path: '/api/site/plans',
      access: 'admin',
      handle: async ({ request, response, caller }) => {
        const body = await readRawBody(request, MAX_PLAN_IMAGE_BYTES, PLAN_MIME_TYPES);
        if (!body.ok) return sendError(response, body.status, body.error);
        const sniffed = sniffPlanImage(body.bytes);
        if (!sniffed.ok) return sendError(response, 415, sniffed.error);
        if (sniffed.mime !== body.contentType)
          return sendError(response, 415, `the bytes are ${sniffed.mime}, not the declared ${body.contentType}`);
        const hash = book.images.put(body.bytes, sniffed.mime, caller?.username ?? 'unknown', Date.now());
        sendJson(response, 201, {
          path: storedPlanPath(hash, sniffed.mime),
          mime: sniffed.mime,
          size: body.bytes.length,
        });
      },
    },
    {
      method: 'GET',
      path: '/api/site/export',
      access: 'guard',
      handle: ({ response }) => {
        const text = JSON.stringify(exportSiteFile(book.site, book.images, Date.now()));
        response.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(text),
          'Content-Disposition': `attachment; filename="site-${book.site.id}-v${book.current.id}.json"`,
          'Cache-Control': 'no-store',
        });
        response.end(text);
      },
    },
    {
      method: 'POST',
      path: '/api/site/import',
      access: 'admin',
      // Parsed by readSiteFile, which checks the site like a folder's and names the problem.
      handle: withSiteBody(z.unknown(), MAX_SITE_FILE_BYTES, (raw, context) => {
        let file;
        try {
          file = readSiteFile(raw, 'site file');
        } catch (error) {
          return sendError(context.response, 400, 'the site was not imported', (error as Error).message.split('\n'));
        }
        const note = `imported from a site file${file.exportedAt ? ` exported ${file.exportedAt}` : ''}`;
        save(context, file.site, { note, source: 'import' }, file.plans);
      }),
    },
  ];
}
