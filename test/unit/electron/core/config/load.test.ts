import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../../electron/core/config/load.js';

const cwd = mkdtempSync(join(tmpdir(), 'wf-config-'));
const load = (argv: string[], env: Record<string, string> = {}) => loadConfig({ argv, env, cwd });
const failure = (argv: string[], env: Record<string, string> = {}) => {
  try {
    load(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('defaults to loopback, the embedded broker and the simulator on auto', () => {
    const config = load([], { XDG_DATA_HOME: '/data' });
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4780 });
    expect(config.broker.url).toBeUndefined();
    expect(config.db.path).toBe('/data/watchfloor/watchfloor.db');
    expect(config.simulator.enabled).toBe('auto');
  });

  it('layers file < environment < flags and resolves paths against their source', () => {
    const file = join(cwd, 'watchfloor.json');
    writeFileSync(
      file,
      JSON.stringify({
        http: { port: 9000, host: '127.0.0.2' },
        db: { path: 'file.db' },
        broker: { url: 'mqtt://file:1883' },
      }),
    );
    const config = load(['--config', file, '--port', '9002', '--no-simulator'], {
      WATCHFLOOR_PORT: '9001',
      WATCHFLOOR_BROKER_URL: 'mqtts://env:8883',
    });
    expect(config.http).toEqual({ host: '127.0.0.2', port: 9002 });
    expect(config.broker.url).toBe('mqtts://env:8883');
    expect(config.db.path).toBe(join(cwd, 'file.db'));
    expect(config.simulator.enabled).toBe(false);
  });

  it('names the flag, the variable or the file key that is wrong, and why', () => {
    expect(failure(['--port', 'eighty'])).toMatch(/^--port: .*number/);
    expect(failure(['--port', '70000'])).toMatch(/^--port: /);
    expect(failure(['--broker', 'http://x'])).toMatch(/^--broker: must be an mqtt/);
    expect(failure([], { WATCHFLOOR_PORT: '-1' })).toMatch(/^environment: WATCHFLOOR_PORT: /);
    expect(failure(['--mqtt-version', '3'])).toMatch(/^--mqtt-version: /);
    expect(failure(['--scenario', 'zombies'])).toMatch(/^--scenario: /);
    expect(failure(['--bogus'])).toMatch(/Unknown option '--bogus'.*--help/);
    expect(failure(['--simulator', '--no-simulator'])).toMatch(/contradict/);

    const file = join(cwd, 'typo.json');
    writeFileSync(file, JSON.stringify({ http: { prot: 80 } }));
    expect(failure(['-c', file])).toMatch(new RegExp(`^config file ${file}: http: Unrecognized key.*prot`));
    const broken = join(cwd, 'broken.json');
    writeFileSync(broken, '{ "http": ');
    expect(failure(['-c', broken])).toMatch(/not valid JSON/);
    expect(failure(['-c', join(cwd, 'missing.json')])).toMatch(/cannot be read \(ENOENT\)/);
  });

  it('never takes a broker password from the command line', () => {
    expect(failure(['--broker-password', 'hunter2'])).toMatch(/Unknown option '--broker-password'/);
    expect(load([], { WATCHFLOOR_BROKER_PASSWORD: 's3cret' }).broker.password).toBe('s3cret');
  });
});
