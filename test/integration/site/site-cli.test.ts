import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteFile } from '../../../shared/site-editing/site-file.js';
import { DEMO_SITE_DIR, PACKAGE_ROOT } from '../../../electron/core/package-root.js';
import { loadSite } from '../../../electron/core/site/load-site.js';
import { openDatabase } from '../../../electron/core/store/database.js';
import { siteVersions } from '../../../electron/core/store/site-versions.js';
import { tempDir } from '../../support/temp-dir.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'watchfloor.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
const dir = tempDir('site-cli');
afterAll(() => dir.remove());

const newest = (db: string) => {
  const handle = openDatabase(db, { readonly: true });
  try {
    return siteVersions(handle).newest();
  } finally {
    handle.close();
  }
};

describe('watchfloor site export and import', () => {
  const first = join(dir.path, 'first.db');
  const second = join(dir.path, 'second.db');
  const file = join(dir.path, 'demo-site.json');

  it('imports a site folder, exports it as one file, and imports that file elsewhere unchanged', () => {
    const imported = run('site', 'import', '--db', first, '--from', DEMO_SITE_DIR, '--note', 'the demo');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('saved site "demo" as version 1');
    expect(newest(first)).toMatchObject({ id: 1, note: 'the demo', source: 'import' });

    const exported = run('site', 'export', '--db', first, '--out', file);
    expect(exported.status, exported.stderr).toBe(0);
    const written = JSON.parse(readFileSync(file, 'utf8')) as SiteFile;
    expect(written.format).toBe('watchfloor-site');
    const demo = loadSite(DEMO_SITE_DIR);
    expect(written.site.devices).toEqual(demo.devices);
    expect(Object.values(written.plans).map((plan) => plan.mime)).toEqual(Array(3).fill('image/svg+xml'));

    expect(run('site', 'import', '--db', second, '--from', file).status).toBe(0);
    expect(newest(second)?.site).toEqual(written.site);
  });

  it('refuses a site file whose plan is not an image, and saves nothing', () => {
    const written = JSON.parse(readFileSync(file, 'utf8')) as SiteFile;
    const [path] = Object.keys(written.plans);
    const forged = {
      ...written,
      plans: {
        ...written.plans,
        [path ?? '']: { mime: 'image/png', base64: Buffer.from('<html>').toString('base64') },
      },
    };
    const forgedFile = join(dir.path, 'forged.json');
    writeFileSync(forgedFile, JSON.stringify(forged));
    const refused = run('site', 'import', '--db', second, '--from', forgedFile);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('not a PNG, JPEG or SVG');
    expect(newest(second)?.id).toBe(1);
  });

  it('says what is wrong with the command line', () => {
    expect(run('site', '--help').stdout).toContain('Usage: watchfloor site');
    const missing = run('site', 'export', '--db', join(dir.path, 'nope.db'), '--out', file);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect(run('site', 'rename', '--db', first).status).toBe(2);
  });
});
