import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found from this module whether it runs from source or from dist/. */
export const PACKAGE_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('watchfloor: cannot find the package folder');
    dir = parent;
  }
  return dir;
})();

export const DEMO_SITE_DIR = join(PACKAGE_ROOT, 'fixtures', 'sites', 'demo');
export const RENDERER_DIR = join(PACKAGE_ROOT, 'dist', 'renderer');
