import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, startServing } from '../../../../electron/shell/core-api.js';
import { runCoreHost } from '../../../../electron/shell/core/host-runner.js';
import { hostEventSchema, type HostEvent } from '../../../../electron/shell/core/protocol.js';

/**
 * The host speaking to the real core (plain Node here, as in the utility process): the core API the
 * shell was written against really loads a config from argv and serves, and stops on request.
 */
describe('core host with the real core', () => {
  it('starts the console from argv, reports a reachable URL, and stops cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'watchfloor-host-'));
    const events: HostEvent[] = [];
    let deliver: (data: unknown) => void = () => {};
    const exited = new Promise<number>((resolve) => {
      runCoreHost(
        {
          onMessage: (listener) => (deliver = listener),
          postMessage: (message) => events.push(hostEventSchema.parse(message)),
        },
        { loadConfig, startConsole: startServing },
        { env: {}, cwd: dir, log: { info() {}, warn() {}, error() {} }, exit: resolve },
      );
    });
    deliver({
      type: 'start',
      argv: ['--port', '0', '--broker-port', '0', '--db', join(dir, 'desk.db'), '--no-simulator'],
    });
    await expect.poll(() => events[0], { timeout: 20_000 }).toMatchObject({ type: 'ready' });
    const ready = events[0];
    if (ready?.type !== 'ready') throw new Error('not ready');
    expect(ready.httpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await fetch(new URL('api/health', ready.httpUrl));
    expect(health.status).toBe(200);

    deliver({ type: 'stop' });
    expect(await exited).toBe(0);
    expect(events.at(-1)).toEqual({ type: 'stopped' });
  });
});
