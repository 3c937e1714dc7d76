import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, isPermissionAllowed } from '../../../../electron/shell/security/permissions.js';

const ORIGIN = 'http://127.0.0.1:4780';
const fromConsole = (permission: string) => ({
  permission,
  requestingUrl: 'http://127.0.0.1:4780/',
  isMainFrame: true,
});

describe('isPermissionAllowed', () => {
  it('allows only sanitized clipboard writes', () => {
    expect([...ALLOWED_PERMISSIONS]).toEqual(['clipboard-sanitized-write']);
    expect(isPermissionAllowed(fromConsole('clipboard-sanitized-write'), ORIGIN)).toBe(true);
  });

  it.each([
    'notifications',
    'media',
    'geolocation',
    'clipboard-read',
    'display-capture',
    'fullscreen',
    'openExternal',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'pointerLock',
    'keyboardLock',
    'window-management',
    'fileSystem',
    'unknown',
    '',
  ])('denies %s even to the console itself', (permission) => {
    expect(isPermissionAllowed(fromConsole(permission), ORIGIN)).toBe(false);
  });

  it('denies an allowed permission to anything but the console main frame', () => {
    const base = fromConsole('clipboard-sanitized-write');
    expect(isPermissionAllowed({ ...base, isMainFrame: false }, ORIGIN)).toBe(false);
    expect(isPermissionAllowed({ ...base, requestingUrl: 'http://127.0.0.1:47800/' }, ORIGIN)).toBe(false);
    expect(isPermissionAllowed({ ...base, requestingUrl: 'data:text/html,x' }, ORIGIN)).toBe(false);
    expect(isPermissionAllowed({ ...base, requestingUrl: undefined }, ORIGIN)).toBe(false);
    expect(isPermissionAllowed(base, null)).toBe(false);
  });

  it('accepts a bare origin, which is what the check handler is given', () => {
    expect(isPermissionAllowed({ ...fromConsole('clipboard-sanitized-write'), requestingUrl: ORIGIN }, ORIGIN)).toBe(
      true,
    );
  });
});
