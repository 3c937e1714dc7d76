import { describe, expect, it } from 'vitest';
import { autostartDesktopEntry, quoteExecArgument } from '../../../../electron/shell/desktop/autostart-entry.js';

describe('quoteExecArgument', () => {
  it('leaves plain arguments alone', () => {
    expect(quoteExecArgument('/opt/Watchfloor/watchfloor')).toBe('/opt/Watchfloor/watchfloor');
    expect(quoteExecArgument('--kiosk')).toBe('--kiosk');
  });

  it('quotes spaces and escapes what the spec reserves inside quotes', () => {
    expect(quoteExecArgument('/home/desk/My Apps/Watchfloor.AppImage')).toBe(
      '"/home/desk/My Apps/Watchfloor.AppImage"',
    );
    // `$` and `"` get a backslash; the string-value rule then doubles that backslash.
    expect(quoteExecArgument('a$b"c')).toBe('"a\\\\$b\\\\"c"');
    expect(quoteExecArgument('C:\\x')).toBe('"C:\\\\\\\\x"');
  });

  it('escapes % so a path cannot smuggle in field codes like %f', () => {
    expect(quoteExecArgument('/tmp/100%f')).toBe('/tmp/100%%f');
  });

  it('refuses line breaks, which would add keys to the file', () => {
    expect(() => quoteExecArgument('x\nExec=/bin/sh')).toThrow(/line break/);
  });
});

describe('autostartDesktopEntry', () => {
  it('writes a launchable entry with the desk flags', () => {
    const entry = autostartDesktopEntry('/opt/Watchfloor/watchfloor', ['--kiosk']);
    expect(entry).toContain('[Desktop Entry]\nType=Application\n');
    expect(entry).toContain('\nExec=/opt/Watchfloor/watchfloor --kiosk\n');
  });
});
