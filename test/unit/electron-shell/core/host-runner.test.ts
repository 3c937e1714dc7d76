import { describe, expect, it, vi } from 'vitest';
import { EXIT, runCoreHost, type CoreEntry } from '../../../../electron/shell/core/host-runner.js';
import { hostEventSchema, MAX_MESSAGE_TEXT } from '../../../../electron/shell/core/protocol.js';

class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function setup(core: Partial<CoreEntry<{ port: number }>> = {}) {
  let onMessage: (data: unknown) => void = () => {};
  const posted: unknown[] = [];
  const exit = vi.fn();
  const stop = vi.fn(() => Promise.resolve());
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const loadConfig = vi.fn((input: { argv: string[] }) => ({ port: Number(input.argv[1] ?? 4780) }));
  const startConsole = vi.fn((config: { port: number }) =>
    Promise.resolve({ httpUrl: `http://127.0.0.1:${config.port}/`, stop }),
  );
  runCoreHost(
    { onMessage: (listener) => (onMessage = listener), postMessage: (message) => posted.push(message) },
    { loadConfig, startConsole, ...core },
    { env: { A: '1' }, cwd: '/desk', log, exit },
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { send: (data: unknown) => onMessage(data), posted, exit, stop, log, loadConfig, settle };
}

describe('runCoreHost', () => {
  it('loads the config from the given argv, env and cwd, starts the console and reports ready', async () => {
    const host = setup();
    host.send({ type: 'start', argv: ['--port', '4781'] });
    await host.settle();
    expect(host.loadConfig).toHaveBeenCalledWith({ argv: ['--port', '4781'], env: { A: '1' }, cwd: '/desk' });
    expect(host.posted).toEqual([{ type: 'ready', httpUrl: 'http://127.0.0.1:4781/' }]);
    expect(host.posted.every((message) => hostEventSchema.safeParse(message).success)).toBe(true);
    expect(host.exit).not.toHaveBeenCalled();
  });

  it('reports a configuration error as fatal and exits with the config code', async () => {
    const host = setup({
      loadConfig: () => {
        throw new ConfigError('--port: must be at most 65535');
      },
    });
    host.send({ type: 'start', argv: ['--port', '99999'] });
    await host.settle();
    expect(host.posted).toEqual([{ type: 'failed', message: '--port: must be at most 65535', fatal: true }]);
    expect(host.exit).toHaveBeenCalledWith(EXIT.badConfig);
  });

  it('reports a start failure as retryable and exits', async () => {
    const host = setup({ startConsole: () => Promise.reject(new Error('listen EADDRINUSE')) });
    host.send({ type: 'start', argv: [] });
    await host.settle();
    expect(host.posted).toEqual([{ type: 'failed', message: 'listen EADDRINUSE', fatal: false }]);
    expect(host.exit).toHaveBeenCalledWith(EXIT.failed);
  });

  it('keeps a huge error message inside the protocol limit', async () => {
    const host = setup({ startConsole: () => Promise.reject(new Error('x'.repeat(100_000))) });
    host.send({ type: 'start', argv: [] });
    await host.settle();
    const [failed] = host.posted;
    expect(hostEventSchema.safeParse(failed).success).toBe(true);
    expect(JSON.stringify(failed).length).toBeLessThan(MAX_MESSAGE_TEXT + 100);
  });

  it('stops the console cleanly on request, then exits 0', async () => {
    const host = setup();
    host.send({ type: 'start', argv: [] });
    await host.settle();
    host.send({ type: 'stop' });
    await host.settle();
    expect(host.stop).toHaveBeenCalledOnce();
    expect(host.posted.at(-1)).toEqual({ type: 'stopped' });
    expect(host.exit).toHaveBeenCalledWith(EXIT.stopped);
  });

  it('honours a stop that arrives while the console is still starting', async () => {
    const host = setup();
    host.send({ type: 'start', argv: [] });
    host.send({ type: 'stop' });
    await host.settle();
    expect(host.stop).toHaveBeenCalledOnce();
    expect(host.posted).toEqual([{ type: 'stopped' }]);
  });

  it('ignores malformed commands and a second start', async () => {
    const host = setup();
    host.send({ type: 'start', argv: 'rm -rf /' });
    host.send({ type: 'exec', command: 'x' });
    host.send(null);
    expect(host.loadConfig).not.toHaveBeenCalled();
    host.send({ type: 'start', argv: [] });
    host.send({ type: 'start', argv: [] });
    await host.settle();
    expect(host.loadConfig).toHaveBeenCalledOnce();
    expect(host.log.warn).toHaveBeenCalledTimes(4);
  });
});
