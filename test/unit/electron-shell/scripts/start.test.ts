import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const scripts = fileURLToPath(new URL('../../../../scripts/', import.meta.url));

/**
 * A scratch copy of the repo layout start.js relies on: scripts/, bin/watchfloor.js (a stub that
 * acts like `serve`) and node_modules/electron (as installed here: package, no binary). An
 * electron/index.js that leaves a marker proves start.js never requires electron (which would try
 * to download it).
 */
function scratchRepo(options: { electronBinary?: string } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'watchfloor-start-'));
  mkdirSync(join(root, 'scripts'));
  for (const file of ['start.js', 'start-plan.js']) copyFileSync(join(scripts, file), join(root, 'scripts', file));
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  mkdirSync(join(root, 'bin'));
  writeFileSync(
    join(root, 'bin', 'watchfloor.js'),
    `const wait = process.argv.includes('--wait');
// The handler goes in before the URL is printed: the test signals as soon as it sees the URL.
if (wait) process.on('SIGTERM', () => { process.stdout.write('serve got SIGTERM\\n'); process.exit(0); });
process.stdout.write('args ' + JSON.stringify(process.argv.slice(2)) + '\\n');
process.stdout.write('Watchfloor console: http://127.0.0.1:4780/\\n');
if (wait) setInterval(() => {}, 1000);
else process.exit(Number(process.env.STUB_EXIT ?? 0));
`,
  );
  const electronDir = join(root, 'node_modules', 'electron');
  mkdirSync(electronDir, { recursive: true });
  writeFileSync(join(electronDir, 'package.json'), '{"name":"electron","version":"45.4.1","main":"index.js"}');
  writeFileSync(
    join(electronDir, 'index.js'),
    `require('fs').writeFileSync(${JSON.stringify(join(root, 'electron-required'))}, '');`,
  );
  if (options.electronBinary !== undefined) {
    mkdirSync(join(electronDir, 'dist'));
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    writeFileSync(join(electronDir, 'dist', 'electron'), options.electronBinary);
    chmodSync(join(electronDir, 'dist', 'electron'), 0o755);
  }
  return root;
}

type Run = { code: number | null; stdout: string; stderr: string; ms: number };

function start(
  root: string,
  args: string[],
  env: Record<string, string> = {},
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void,
) {
  // No DISPLAY: the fallback must not try to open a browser in CI.
  const inherited = { ...process.env };
  delete inherited.DISPLAY;
  delete inherited.WAYLAND_DISPLAY;
  const began = Date.now();
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.js'), ...args], {
    env: { ...inherited, ...env },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout?.(stdout, child);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<Run>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - began })),
  );
}

describe('scripts/start.js (real processes)', () => {
  it('without the Electron binary: explains, serves with the arguments passed through, exits with its code', async () => {
    const root = scratchRepo();
    const run = await start(root, ['--port', '4781', '--no-simulator'], { STUB_EXIT: '3' });
    expect(run.stderr).toContain('not starting the desktop window because the Electron binary was never downloaded');
    expect(run.stderr).toContain('Serving the same console instead');
    expect(run.stdout).toContain('args ["serve","--port","4781","--no-simulator"]');
    expect(run.stdout).toContain('Watchfloor console: http://127.0.0.1:4780/');
    expect(run.code).toBe(3);
    expect(existsSync(join(root, 'electron-required'))).toBe(false);
    expect(run.ms).toBeLessThan(5000);
  });

  it('forwards SIGTERM to the server and exits when it does', async () => {
    const root = scratchRepo();
    const run = await start(root, ['--wait'], {}, (stdout, child) => {
      if (stdout.includes('Watchfloor console:') && !stdout.includes('SIGTERM')) child.kill('SIGTERM');
    });
    expect(run.stdout).toContain('serve got SIGTERM');
    expect(run.code).toBe(0);
  });

  it('launches Electron on the app folder with the arguments when the binary exists and there is a display', async () => {
    const root = scratchRepo({ electronBinary: `#!/bin/sh\necho "electron $*"\nexit 0\n` });
    const run = await start(root, ['--kiosk'], { DISPLAY: ':99' });
    expect(run.stdout.trim()).toBe(`electron ${root} --kiosk`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('falls back to serving when Electron dies right away (e.g. missing system libraries)', async () => {
    const root = scratchRepo({
      electronBinary: `#!/bin/sh\necho "libnss3.so: cannot open shared object file" >&2\nexit 127\n`,
    });
    const run = await start(root, [], { DISPLAY: ':99' });
    expect(run.stderr).toContain('Electron exited with code 127 right after starting');
    expect(run.stdout).toContain('args ["serve"]');
    expect(run.code).toBe(0);
  });
});
