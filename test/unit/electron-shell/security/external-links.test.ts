import { describe, expect, it, vi } from 'vitest';
import {
  externalLinkToOpen,
  MAX_EXTERNAL_URL_LENGTH,
  windowOpenHandler,
} from '../../../../electron/shell/security/external-links.js';

const ORIGIN = 'http://127.0.0.1:4780';

describe('externalLinkToOpen', () => {
  it.each([
    ['https://vendor.example/manual.pdf', 'https://vendor.example/manual.pdf'],
    ['HTTPS://Vendor.Example/a b', 'https://vendor.example/a%20b'],
    ['http://camera-12.site.local/', 'http://camera-12.site.local/'],
    // Special schemes tolerate missing slashes; what reaches the OS is the normalised form.
    ['https:vendor.example/x', 'https://vendor.example/x'],
    // An IDN goes out as punycode, so the browser's address bar shows what it really is.
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ])('opens %s as %s', (input, expected) => {
    expect(externalLinkToOpen(input, ORIGIN)).toBe(expected);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['smb (leaks NTLM credentials)', 'smb://attacker.example/share'],
    ['UNC path', '\\\\attacker.example\\share'],
    ['ms-msdt (Follina)', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['custom app scheme', 'vscode://file/etc/passwd'],
    ['mailto', 'mailto:ops@example.com'],
    ['data', 'data:text/html,hi'],
    ['credentials in URL', 'https://user:pass@vendor.example/'],
    ['user-info trick', 'https://vendor.example@evil.example/'],
    ['the console itself', 'http://127.0.0.1:4780/?view=map'],
    ['relative', '/docs'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(externalLinkToOpen(url, ORIGIN)).toBeNull();
  });

  it('refuses URLs longer than the cap', () => {
    const long = `https://vendor.example/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(externalLinkToOpen(long, ORIGIN)).toBeNull();
  });
});

describe('windowOpenHandler', () => {
  it('denies every new window and hands a checked link to the system browser', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const handler = windowOpenHandler(
      () => ORIGIN,
      openExternal,
      () => {},
    );
    expect(handler({ url: 'https://vendor.example/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://vendor.example/');
  });

  it('denies and opens nothing for a dangerous link', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const warn = vi.fn();
    const handler = windowOpenHandler(() => ORIGIN, openExternal, warn);
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://127.0.0.1:4780/?view=map' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('logs, rather than crashes, when the OS cannot open the link', async () => {
    const warn = vi.fn();
    const handler = windowOpenHandler(
      () => ORIGIN,
      () => Promise.reject(new Error('no browser')),
      warn,
    );
    handler({ url: 'https://vendor.example/' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('no browser')));
  });
});
