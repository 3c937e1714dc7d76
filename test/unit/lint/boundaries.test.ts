import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../electron/core/package-root.js';

const eslint = new ESLint({ cwd: PACKAGE_ROOT });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(PACKAGE_ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('process boundaries (eslint.config.js)', () => {
  it.each([
    ['shared/contract/x.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['shared/contract/x.ts', "import { EventEmitter } from 'events'; export const a = EventEmitter;"],
    ['shared/contract/x.ts', "import { app } from 'electron'; export const a = app;"],
    [
      'shared/domain/x.ts',
      "import { openStore } from '../../electron/core/store/store.js'; export const a = openStore;",
    ],
    ['shared/domain/x.ts', 'export const a = () => window.location.href;'],
    [
      'renderer/map/x.ts',
      "import { openStore } from '../../electron/core/store/store.js'; export const a = openStore;",
    ],
    ['renderer/map/x.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['renderer/map/x.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;"],
    ['electron/core/ingest/x.ts', "import { app } from 'electron'; export const a = app;"],
    [
      'electron/core/api/x.ts',
      "import { useStore } from '../../../renderer/store/store.js'; export const a = useStore;",
    ],
    ['electron/shell/core/host.ts', "import { app } from 'electron'; export const a = app;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/contract/x.ts', "import { z } from 'zod'; export const a = z.string();"],
    ['renderer/map/x.ts', "import type { Site } from '../../shared/domain/site.js'; export type A = Site;"],
    ['electron/core/api/x.ts', "import { createServer } from 'node:http'; export const a = createServer;"],
    ['electron/shell/x.ts', "import { app } from 'electron'; export const a = app;"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
