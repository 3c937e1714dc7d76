import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'watchfloor.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });
const dir = tempDir('cli');
afterAll(() => dir.remove());

describe('watchfloor CLI (built, as installed)', () => {
  it('prints help for every command', () => {
    for (const args of [['--help'], ['serve', '--help'], ['simulate', '--help']]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/^Usage: watchfloor/);
    }
  });

  it.each([
    [['serve', '--port', 'abc'], /^watchfloor serve: --port: .*number/],
    [['serve', '--broker', 'ftp://x'], /^watchfloor serve: --broker: must be an mqtt/],
    [['serve', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['serve', '--site', '/nonexistent'], /site file \/nonexistent\/site.json/],
    [['simulate', '--scenario', 'zombies'], /^watchfloor simulate: --scenario: must be one of normal-day/],
    [['simulate', '--speed', '0'], /--speed: must be a number above 0/],
    [['patrol'], /unknown command "patrol"/],
  ])('refuses %j with a clear message and exit code 2', (args, message) => {
    const result = run(...args, ...(args[0] === 'serve' ? ['--db', join(dir.path, 'x.db')] : []));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits with a clear message, instead of hanging, when the HTTP port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const args = [
        'serve',
        '--port',
        String(port),
        '--broker-port',
        '0',
        '--db',
        join(dir.path, 'taken.db'),
        '--no-simulator',
      ];
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
    } finally {
      taken.close();
    }
  });

  it(
    'serve on its defaults runs broker, site and simulator, and stops cleanly on SIGINT',
    { timeout: 60_000 },
    async () => {
      const child = spawn(
        process.execPath,
        [BIN, 'serve', '--port', '0', '--broker-port', '0', '--db', join(dir.path, 'serve.db'), '--speed', '20'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      try {
        // The banner ends with how to stop; a pipe may hand it over in pieces, so wait for its end.
        const url = await waitFor(
          'the whole banner',
          () => stdout.includes('Press Ctrl+C to stop.') && /Watchfloor console: (http:\/\/\S+)/.exec(stdout)?.[1],
          20_000,
        );
        expect(stdout).toMatch(/MQTT broker: mqtt:\/\/127\.0\.0\.1:\d+ \(embedded\)/);
        const health = await waitFor(
          'simulated traffic to be stored',
          async () => {
            const body = (await (await fetch(new URL('/api/health', url))).json()) as {
              broker: { connected: boolean };
              ingest: { stored: number };
            };
            return body.broker.connected && body.ingest.stored > 20 ? body : undefined;
          },
          30_000,
        );
        expect(health.ingest.stored).toBeGreaterThan(20);
        // Demo mode prints accounts to try it with; the printed guard password signs in.
        const guard = /^ {2}guard\s+guard\s+(\S+)$/m.exec(stdout)?.[1];
        expect(guard, stdout).toBeDefined();
        const login = await fetch(new URL('/api/login', url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'guard', password: guard }),
        });
        expect(login.status).toBe(200);
        const page = await fetch(url);
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/<div id="root">/);
      } finally {
        child.kill('SIGINT');
      }
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code, stderr).toBe(0);
    },
  );
});
