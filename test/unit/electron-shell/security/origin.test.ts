import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consoleOriginOf, isConsoleUrl } from '../../../../electron/shell/security/origin.js';

const ORIGIN = 'http://127.0.0.1:4780';

describe('isConsoleUrl', () => {
  it.each([
    'http://127.0.0.1:4780/',
    'http://127.0.0.1:4780/?view=map',
    'http://127.0.0.1:4780/alarms/17#note',
    // The URL parser lowercases the scheme: this is the console, not a bypass.
    'HTTP://127.0.0.1:4780/',
    // Alternative spellings of 127.0.0.1 that every browser canonicalises to it.
    'http://127.1:4780/',
    'http://0x7f.0.0.1:4780/',
    // Fullwidth digits are IDNA-mapped to ASCII: the browser goes to the very same origin.
    'http://１２７.０.０.１:4780/',
    // A backslash is a path separator in http URLs, so "@evil.com" here is only a path.
    'http://127.0.0.1:4780\\@evil.com',
  ])('accepts %s, which resolves to the console origin', (url) => {
    expect(isConsoleUrl(url, ORIGIN)).toBe(true);
  });

  it.each([
    ['user-info trick', 'http://127.0.0.1:4780@evil.com/'],
    ['credentials on the console host', 'http://guard:pw@127.0.0.1:4780/'],
    ['longer port', 'http://127.0.0.1:47800/'],
    ['other port', 'http://127.0.0.1:4781/'],
    ['default port', 'http://127.0.0.1/'],
    ['subdomain trick', 'http://127.0.0.1.evil.com:4780/'],
    ['https instead of http', 'https://127.0.0.1:4780/'],
    ['localhost is a different origin', 'http://localhost:4780/'],
    ['file', 'file:///etc/passwd'],
    ['file with console-looking host', 'file://127.0.0.1:4780/'],
    ['javascript', 'javascript:alert(1)'],
    ['uppercase javascript', 'JAVASCRIPT:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob of the console origin', 'blob:http://127.0.0.1:4780/6b1d5e0e-0000-4000-8000-000000000000'],
    ['view-source', 'view-source:http://127.0.0.1:4780/'],
    ['websocket', 'ws://127.0.0.1:4780/'],
    ['about:blank', 'about:blank'],
    ['chrome scheme', 'chrome://settings'],
    ['Cyrillic homoglyph host (punycode differs)', 'http://127.0.0.1.еvil.com:4780/'],
    ['IDN host', 'http://bücher.example:4780/'],
    ['relative URL', '/alarms'],
    ['empty', ''],
    ['not a URL', 'http://'],
  ])('refuses %s', (_name, url) => {
    expect(isConsoleUrl(url, ORIGIN)).toBe(false);
  });

  it('refuses a homoglyph of the console host (Cyrillic о in localhost)', () => {
    const local = consoleOriginOf('http://localhost:4780/');
    expect(isConsoleUrl('http://lоcalhost:4780/', local)).toBe(false);
    expect(isConsoleUrl('http://LOCALHOST:4780/', local)).toBe(true);
  });

  it('refuses everything while no console is running', () => {
    expect(isConsoleUrl('http://127.0.0.1:4780/', null)).toBe(false);
  });

  it('compares against an IPv6 console origin exactly', () => {
    const v6 = consoleOriginOf('http://[::1]:4780/');
    expect(isConsoleUrl('http://[::1]:4780/?view=queue', v6)).toBe(true);
    expect(isConsoleUrl('http://[::2]:4780/', v6)).toBe(false);
    expect(isConsoleUrl('http://127.0.0.1:4780/', v6)).toBe(false);
  });

  it('never accepts a URL whose parsed origin differs (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const parsed = new URL(url);
        const expected = parsed.origin === ORIGIN && parsed.username === '' && parsed.password === '';
        expect(isConsoleUrl(url, ORIGIN)).toBe(expected);
      }),
    );
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => typeof isConsoleUrl(text, ORIGIN) === 'boolean'));
  });
});

describe('consoleOriginOf', () => {
  it('takes the origin of the URL the core printed', () => {
    expect(consoleOriginOf('http://127.0.0.1:4780/')).toBe(ORIGIN);
    expect(consoleOriginOf('https://desk.example:443/')).toBe('https://desk.example');
  });

  it.each(['file:///tmp/x', 'ftp://127.0.0.1/', 'http://a:b@127.0.0.1:4780/', 'not a url'])('rejects %s', (url) => {
    expect(() => consoleOriginOf(url)).toThrow(/unusable console URL/);
  });
});
