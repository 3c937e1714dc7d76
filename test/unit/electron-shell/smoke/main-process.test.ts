import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../../electron/shell/ipc/channels.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The compiled shell (tsconfig.electron.json, as `npm run build` will emit it) run by plain Node
 * with a fake 'electron' package in place of the real one, which cannot be downloaded here. The
 * utility process is a real Node child running the real host and core, so this exercises main.ts's
 * wiring end to end: windows, status page, the core becoming ready, a crash and restart, and quit.
 */
function buildSandbox(): string {
  const root = mkdtempSync(join(tmpdir(), 'watchfloor-main-smoke-'));
  const config = ts.getParsedCommandLineOfConfigFile(
    join(repo, 'tsconfig.electron.json'),
    { outDir: join(root, 'dist') },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('cannot read tsconfig.electron.json');
  const program = ts.createProgram(config.fileNames, { ...config.options, sourceMap: false, noEmit: false });
  const emitted = program.emit();
  if (emitted.emitSkipped) throw new Error('tsc emitted nothing');

  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ name: 'watchfloor-smoke', version: '0.0.0', type: 'module' }),
  );
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    if (entry !== 'electron' && entry !== '.bin') symlinkSync(join(repo, 'node_modules', entry), join(modules, entry));
  }
  cpSync(fileURLToPath(new URL('./fake-electron/', import.meta.url)), join(modules, 'electron'), { recursive: true });
  return root;
}

type Report = { type: string; [key: string]: unknown };

function launch(root: string, args: string[]) {
  const reports: Report[] = [];
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [join(root, 'dist', 'electron', 'main.js'), ...args], {
    cwd: root,
    env: { ...process.env, FAKE_ELECTRON_HOME: join(root, 'home'), WATCHFLOOR_SQLITE_BINDING: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const lines = output.split('\n');
    output = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('@@')) reports.push(JSON.parse(line.slice(2)) as Report);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, reports, exited };
}

const loads = (reports: Report[], windowId?: number) =>
  reports.filter((r) => r.type === 'load' && (windowId === undefined || r.id === windowId)).map((r) => String(r.url));
const isConsole = (url: string) => url.startsWith('http://127.0.0.1:');
const isStatusPage = (url: string, text: string) =>
  url.startsWith('data:text/html') && decodeURIComponent(url).includes(text);

describe('compiled main process, with a fake electron', () => {
  let root = '';
  beforeAll(() => {
    root = buildSandbox();
  }, 120_000);
  afterAll(() => {
    // Removes the symlinks in node_modules, never what they point to.
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('shows the status page, then the console in two views; survives a core crash; quits cleanly', async () => {
    const db = join(root, 'desk.db');
    const app = launch(root, [
      '--second-window',
      '--enable-logging',
      '--port',
      '0',
      '--broker-port',
      '0',
      `--db=${db}`,
      '--no-simulator',
      '--site',
      join(repo, 'fixtures', 'sites', 'demo'),
    ]);
    const { reports } = app;
    try {
      // Two windows, both with the hardened preferences and the compiled CommonJS preload.
      await expect.poll(() => reports.filter((r) => r.type === 'window').length, { timeout: 20_000 }).toBe(2);
      for (const window of reports.filter((r) => r.type === 'window')) {
        expect(window.options).toMatchObject({
          webPreferences: {
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            preload: join(root, 'dist', 'electron', 'preload.cjs'),
          },
        });
      }
      expect(existsSync(join(root, 'dist', 'electron', 'preload.cjs'))).toBe(true);
      expect(reports.filter((r) => r.type === 'session').map((r) => r.name)).toEqual(
        expect.arrayContaining(['permissionRequest', 'permissionCheck', 'devicePermission', 'displayMedia', 'headers']),
      );
      expect(isStatusPage(loads(reports)[0] ?? '', 'Starting the console')).toBe(true);

      // The core (a real child running the real host) becomes ready: queue and map views load.
      await expect.poll(() => loads(reports).filter(isConsole).length, { timeout: 30_000 }).toBe(2);
      const consoleUrls = loads(reports).filter(isConsole);
      expect(consoleUrls.map((url) => new URL(url).search).sort()).toEqual(['?view=map', '?view=queue']);
      const fork = reports.find((r) => r.type === 'fork');
      expect(fork).toMatchObject({ modulePath: join(root, 'dist', 'electron', 'shell', 'core', 'host.js') });
      await expect
        .poll(() =>
          reports.some(
            (r) =>
              r.type === 'send' && r.channel === IPC_CHANNELS.coreStatus && (r.payload as Report).state === 'running',
          ),
        )
        .toBe(true);

      // Kill the core: the windows say so, and the console comes back on its own.
      process.kill(Number(fork?.pid), 'SIGKILL');
      await expect
        .poll(() => loads(reports).some((url) => isStatusPage(url, 'alarms are NOT being received')), {
          timeout: 10_000,
        })
        .toBe(true);
      await expect.poll(() => reports.filter((r) => r.type === 'fork').length, { timeout: 10_000 }).toBe(2);
      await expect.poll(() => loads(reports).filter(isConsole).length, { timeout: 30_000 }).toBe(4);

      // Quit: the core is asked to stop, then the app exits.
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      expect(reports.at(-1)).toEqual({ type: 'quit' });

      const log = readFileSync(join(root, 'home', 'logs', 'watchfloor.log'), 'utf8');
      expect(log).toContain('ignored arguments: --enable-logging');
      expect(log).toMatch(/core ready at http:\/\/127\.0\.0\.1:\d+\//);
      expect(log).toMatch(/restart 1 in 500 ms/);
      expect(log).toContain('core stopped; quitting');
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
    }
  }, 120_000);
});
