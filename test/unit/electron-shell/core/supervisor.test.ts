import { describe, expect, it, vi } from 'vitest';
import type { CoreStatus } from '../../../../electron/shell/core/status.js';
import { READY_TIMEOUT_MS, superviseCore, type SupervisorDeps } from '../../../../electron/shell/core/supervisor.js';
import { fakeCoreProcess } from './fake-core-process.js';

/** A supervisor on a hand-driven clock; each fork hands out the next fake process. */
function setup(overrides: Partial<SupervisorDeps> = {}) {
  let now = 0;
  const timers: { at: number; callback: () => void; cancelled: boolean }[] = [];
  const forks: ReturnType<typeof fakeCoreProcess>[] = [];
  const statuses: CoreStatus[] = [];
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const supervisor = superviseCore({
    fork: () => {
      const fake = fakeCoreProcess();
      forks.push(fake);
      return fake.process;
    },
    argv: ['--port', '4781'],
    now: () => now,
    setTimer: (callback, ms) => {
      const timer = { at: now + ms, callback, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    onStatus: (status) => statuses.push(status),
    log,
    ...overrides,
  });
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => !t.cancelled && t.at <= now)) {
      timer.cancelled = true;
      timer.callback();
    }
  };
  const latest = () => forks[forks.length - 1] ?? expect.fail('nothing was forked');
  return { supervisor, forks, statuses, log, advance, latest };
}

const READY = { type: 'ready', httpUrl: 'http://127.0.0.1:4781/' };

describe('superviseCore', () => {
  it('starts the host with the core arguments and reports running when it is ready', () => {
    const { supervisor, statuses, latest } = setup();
    supervisor.start();
    expect(latest().received).toEqual([{ type: 'start', argv: ['--port', '4781'] }]);
    latest().send(READY);
    expect(statuses).toEqual([{ state: 'starting' }, { state: 'running', httpUrl: 'http://127.0.0.1:4781/' }]);
    expect(supervisor.status()).toEqual({ state: 'running', httpUrl: 'http://127.0.0.1:4781/' });
  });

  it('restarts a core that died, after the policy delay, and says why', () => {
    const { supervisor, statuses, forks, advance, latest } = setup();
    supervisor.start();
    latest().send(READY);
    latest().exit(9);
    expect(statuses.at(-1)).toEqual({
      state: 'restarting',
      attempt: 1,
      delayMs: 500,
      reason: 'the core exited unexpectedly (code 9)',
    });
    advance(499);
    expect(forks).toHaveLength(1);
    advance(1);
    expect(forks).toHaveLength(2);
    expect(statuses.at(-1)).toEqual({ state: 'starting' });
  });

  it("uses the host's own failure message as the reason", () => {
    const { supervisor, statuses, latest } = setup();
    supervisor.start();
    latest().send({ type: 'failed', message: 'listen EADDRINUSE 127.0.0.1:4781', fatal: false });
    latest().exit(1);
    expect(statuses.at(-1)).toMatchObject({ state: 'restarting', reason: 'listen EADDRINUSE 127.0.0.1:4781' });
  });

  it('gives up after repeated rapid failures and can be restarted by hand', () => {
    const { supervisor, statuses, forks, advance, latest } = setup();
    supervisor.start();
    // Five crashes within a minute, each after the previous back-off delay.
    for (let i = 0; i < 5; i += 1) {
      latest().exit(1);
      advance(10_000);
    }
    expect(statuses.at(-1)).toEqual({ state: 'stopped', reason: 'the core exited unexpectedly (code 1)' });
    expect(forks).toHaveLength(5);
    advance(10 * 60_000);
    expect(forks).toHaveLength(5);
    supervisor.restartNow();
    expect(forks).toHaveLength(6);
  });

  it('does not restart after a configuration error: retrying cannot fix it', () => {
    const { supervisor, statuses, forks, advance, latest } = setup();
    supervisor.start();
    latest().send({ type: 'failed', message: '--port: must be at most 65535', fatal: true });
    latest().exit(2);
    advance(60_000);
    expect(forks).toHaveLength(1);
    expect(statuses.at(-1)).toEqual({ state: 'stopped', reason: '--port: must be at most 65535' });
  });

  it('kills a core that never becomes ready, then restarts it', () => {
    const { supervisor, statuses, advance, latest, forks } = setup();
    supervisor.start();
    advance(READY_TIMEOUT_MS);
    expect(latest().wasKilled()).toBe(true);
    latest().exit(15);
    expect(statuses.at(-1)).toMatchObject({
      state: 'restarting',
      reason: expect.stringContaining('did not become ready'),
    });
    advance(500);
    expect(forks).toHaveLength(2);
  });

  it('keeps restarting a core that crashes only now and then', () => {
    const { supervisor, statuses, forks, advance, latest } = setup();
    supervisor.start();
    for (let i = 0; i < 20; i += 1) {
      latest().send(READY);
      advance(90_000);
      latest().exit(1);
      advance(5_000);
    }
    expect(forks).toHaveLength(21);
    expect(statuses.at(-1)).toEqual({ state: 'starting' });
  });

  it('ignores malformed and foreign messages instead of trusting them', () => {
    const { supervisor, statuses, log, latest } = setup();
    supervisor.start();
    latest().send({ type: 'ready', httpUrl: 'file:///etc/passwd' });
    latest().send({ type: 'ready', httpUrl: 'javascript:alert(1)' });
    latest().send({ type: 'ready', httpUrl: 'http://guard:pw@127.0.0.1:4781/' });
    latest().send('ready');
    latest().send({ type: 'ready', httpUrl: 'http://127.0.0.1:4781/', extra: true });
    expect(statuses).toEqual([{ state: 'starting' }]);
    expect(log.warn).toHaveBeenCalledTimes(5);
  });

  it('ignores a stale process once a new one runs', () => {
    const { supervisor, statuses, forks, advance } = setup();
    supervisor.start();
    const first = forks[0] ?? expect.fail();
    first.exit(1);
    advance(500);
    first.send(READY);
    first.exit(1);
    expect(statuses.at(-1)).toEqual({ state: 'starting' });
  });

  it('stops cleanly: asks the host to stop and resolves when it exits, without restarting', async () => {
    const { supervisor, statuses, forks, advance, latest } = setup();
    supervisor.start();
    latest().send(READY);
    const stopped = supervisor.stop();
    expect(latest().received.at(-1)).toEqual({ type: 'stop' });
    latest().exit(0);
    await stopped;
    advance(60_000);
    expect(forks).toHaveLength(1);
    expect(statuses.at(-1)).toEqual({ state: 'stopped', reason: 'stopped' });
  });

  it('kills a host that does not stop within the grace period', async () => {
    const { supervisor, advance, latest } = setup({ stopGraceMs: 1000 });
    supervisor.start();
    const stopped = supervisor.stop();
    advance(1000);
    await stopped;
    expect(latest().wasKilled()).toBe(true);
  });

  it('cancels a pending restart when asked to stop', async () => {
    const { supervisor, forks, advance, latest } = setup();
    supervisor.start();
    latest().exit(1);
    await supervisor.stop();
    advance(60_000);
    expect(forks).toHaveLength(1);
  });
});
