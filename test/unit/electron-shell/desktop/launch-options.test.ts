import { describe, expect, it } from 'vitest';
import { appArguments, parseLaunchArgs, type CoreOptions } from '../../../../electron/shell/desktop/launch-options.js';

// Shaped like the core's SERVE_OPTIONS (node:util parseArgs options); kept local so this test pins
// the shell's behaviour, not the core's current flag list.
const CORE: CoreOptions = {
  port: { type: 'string' },
  db: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-simulator': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

describe('parseLaunchArgs', () => {
  it('takes its own flags and passes the core its flags with their values', () => {
    expect(
      parseLaunchArgs(['--kiosk', '--port', '4781', '--db=/srv/wf.db', '--no-simulator', '--second-window'], CORE, {}),
    ).toEqual({
      kiosk: true,
      secondWindow: true,
      coreArgv: ['--port', '4781', '--db=/srv/wf.db', '--no-simulator'],
      ignored: [],
    });
  });

  it('defaults to a normal window with no core flags', () => {
    expect(parseLaunchArgs([], CORE, {})).toEqual({ kiosk: false, secondWindow: false, coreArgv: [], ignored: [] });
  });

  it('keeps Chromium switches and typos away from the strict core parser', () => {
    const result = parseLaunchArgs(
      ['--enable-logging', '--ozone-platform=wayland', '--prot', '4781', '--no-sandbox'],
      CORE,
      {},
    );
    expect(result.coreArgv).toEqual([]);
    expect(result.ignored).toEqual(['--enable-logging', '--ozone-platform=wayland', '--prot', '4781', '--no-sandbox']);
  });

  it('understands the short forms the core declares', () => {
    expect(parseLaunchArgs(['-c', '/etc/watchfloor.json'], CORE, {}).coreArgv).toEqual(['-c', '/etc/watchfloor.json']);
  });

  it('passes everything after -- to the core untouched', () => {
    expect(parseLaunchArgs(['--kiosk', '--', '--kiosk', '--whatever'], CORE, {})).toMatchObject({
      kiosk: true,
      coreArgv: ['--kiosk', '--whatever'],
    });
  });

  it('does not eat a shell flag given a value, or treat it as the core flag', () => {
    expect(parseLaunchArgs(['--kiosk=false'], CORE, {})).toMatchObject({ kiosk: false, ignored: ['--kiosk=false'] });
  });

  it('leaves a string flag without its value for the core to report', () => {
    expect(parseLaunchArgs(['--port'], CORE, {}).coreArgv).toEqual(['--port']);
  });

  it('lets the environment turn kiosk and the second window on', () => {
    expect(parseLaunchArgs([], CORE, { WATCHFLOOR_KIOSK: '1', WATCHFLOOR_SECOND_WINDOW: 'true' })).toMatchObject({
      kiosk: true,
      secondWindow: true,
    });
    expect(parseLaunchArgs([], CORE, { WATCHFLOOR_KIOSK: '0', WATCHFLOOR_SECOND_WINDOW: '' })).toMatchObject({
      kiosk: false,
      secondWindow: false,
    });
  });
});

describe('appArguments', () => {
  it('drops `electron <app>` in development and only the executable when packaged', () => {
    expect(appArguments(['/usr/bin/electron', '/repo', '--kiosk'], false)).toEqual(['--kiosk']);
    expect(appArguments(['/opt/Watchfloor/watchfloor', '--kiosk'], true)).toEqual(['--kiosk']);
  });
});
