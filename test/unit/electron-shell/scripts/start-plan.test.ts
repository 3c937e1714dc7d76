import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserCommand,
  consoleUrlFromLine,
  electronBinary,
  electronFailedEarly,
  hasDisplay,
  planStart,
} from '../../../../scripts/start-plan.js';

const DIR = '/repo/node_modules/electron';

/** A fake file system: the files that exist, and path.txt's content if any. */
function fs(files: Record<string, string>) {
  return { exists: (path: string) => path in files, readText: (path: string) => files[path] ?? null };
}
const pkg = { [join(DIR, 'package.json')]: '{}' };

describe('electronBinary', () => {
  it('is unavailable when path.txt is missing — the state electron 45 leaves before its first download', () => {
    expect(electronBinary({ electronDir: DIR, env: {}, ...fs(pkg) })).toEqual({
      available: false,
      reason: expect.stringContaining('never downloaded'),
    });
  });

  it('is unavailable when path.txt names a binary that is not there', () => {
    const files = { ...pkg, [join(DIR, 'path.txt')]: 'electron' };
    expect(electronBinary({ electronDir: DIR, env: {}, ...fs(files) })).toMatchObject({ available: false });
  });

  it('finds the downloaded binary', () => {
    const files = { ...pkg, [join(DIR, 'path.txt')]: 'electron', [join(DIR, 'dist', 'electron')]: '' };
    expect(electronBinary({ electronDir: DIR, env: {}, ...fs(files) })).toEqual({
      available: true,
      path: join(DIR, 'dist', 'electron'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js does', () => {
    const files = { ...pkg, '/opt/electron/electron': '' };
    expect(
      electronBinary({ electronDir: DIR, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, ...fs(files) }),
    ).toEqual({
      available: true,
      path: '/opt/electron/electron',
    });
    expect(
      electronBinary({ electronDir: DIR, env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, ...fs(files) }),
    ).toMatchObject({
      available: false,
    });
  });

  it('is unavailable when the package is not installed at all', () => {
    expect(electronBinary({ electronDir: DIR, env: {}, ...fs({}) })).toMatchObject({
      available: false,
      reason: expect.stringContaining('not installed'),
    });
  });
});

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux, and nothing on macOS or Windows', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('freebsd', {})).toBe(false);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});

describe('planStart', () => {
  const base = { platform: 'linux', args: ['--port', '4781'], root: '/repo', nodePath: '/usr/bin/node' };
  const present = { available: true as const, path: '/repo/node_modules/electron/dist/electron' };
  const missing = { available: false as const, reason: 'the Electron binary was never downloaded' };

  it('launches Electron on the repo with the extra arguments when it can', () => {
    expect(planStart({ ...base, binary: present, env: { DISPLAY: ':0' } })).toEqual({
      mode: 'electron',
      command: present.path,
      args: ['/repo', '--port', '4781'],
    });
  });

  it('serves instead when the binary is missing, passing the arguments through and saying why', () => {
    const plan = planStart({ ...base, binary: missing, env: { DISPLAY: ':0' } });
    expect(plan).toMatchObject({
      mode: 'serve',
      command: '/usr/bin/node',
      args: [join('/repo', 'bin', 'watchfloor.js'), 'serve', '--port', '4781'],
      openBrowser: true,
    });
    expect(plan.mode === 'serve' && plan.message).toContain('the Electron binary was never downloaded');
  });

  it('serves without opening a browser on a headless Linux box, even with a binary', () => {
    const plan = planStart({ ...base, binary: present, env: {} });
    expect(plan).toMatchObject({ mode: 'serve', openBrowser: false });
    expect(plan.mode === 'serve' && plan.message).toContain('no display');
  });

  it('serves when WATCHFLOOR_NO_ELECTRON=1, whatever else is true', () => {
    expect(planStart({ ...base, binary: present, env: { DISPLAY: ':0', WATCHFLOOR_NO_ELECTRON: '1' } })).toMatchObject({
      mode: 'serve',
    });
  });

  it('writes the fallback message as one paragraph', () => {
    const plan = planStart({ ...base, binary: missing, env: {} });
    const message = plan.mode === 'serve' ? plan.message : '';
    expect(message.trimEnd().split('\n')).toHaveLength(1);
    expect(message).toMatch(/Serving the same console instead/);
  });
});

describe('electronFailedEarly', () => {
  it('treats a quick non-zero exit as "never showed a window"', () => {
    expect(electronFailedEarly(127, 300)).toBe(true);
    expect(electronFailedEarly(1, 4999)).toBe(true);
  });

  it('respects a normal quit, a signal, or a failure after a long run', () => {
    expect(electronFailedEarly(0, 100)).toBe(false);
    expect(electronFailedEarly(null, 100)).toBe(false);
    expect(electronFailedEarly(1, 60_000)).toBe(false);
  });
});

describe('consoleUrlFromLine', () => {
  it('reads the URL from the line serve prints', () => {
    expect(consoleUrlFromLine('Watchfloor console: http://127.0.0.1:4780/')).toBe('http://127.0.0.1:4780/');
    expect(consoleUrlFromLine('Watchfloor console: http://[::1]:4780/\r')).toBe('http://[::1]:4780/');
  });

  it.each([
    'MQTT broker: mqtt://127.0.0.1:1884 (embedded)',
    'Watchfloor console: file:///etc/passwd',
    'Watchfloor console: javascript:alert(1)',
    'Watchfloor console: http://127.0.0.1:4780/ && rm -rf ~',
    'log: Watchfloor console: http://evil.example/',
    'Watchfloor console:',
  ])('ignores %s', (line) => {
    expect(consoleUrlFromLine(line)).toBeNull();
  });
});

describe('browserCommand', () => {
  it('hands the URL over as a single argument, never through a shell', () => {
    const url = 'http://127.0.0.1:4780/?a=1&b=2';
    expect(browserCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(browserCommand('win32', url)).toEqual({ command: 'explorer.exe', args: [url] });
  });
});
