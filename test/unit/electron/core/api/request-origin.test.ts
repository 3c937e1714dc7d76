import { describe, expect, it } from 'vitest';
import { allowedHosts, isAllowedRequest } from '../../../../../electron/core/api/request-origin.js';

const loopback = allowedHosts('127.0.0.1', 4780);

describe('isAllowedRequest', () => {
  it('lets same-origin browser requests and non-browser clients through', () => {
    expect(isAllowedRequest({ host: '127.0.0.1:4780', origin: 'http://127.0.0.1:4780' }, loopback)).toBe(true);
    expect(isAllowedRequest({ host: 'localhost:4780', origin: 'http://localhost:4780' }, loopback)).toBe(true);
    expect(isAllowedRequest({ host: '127.0.0.1:4780' }, loopback)).toBe(true);
  });

  it.each([
    ['another site', { host: '127.0.0.1:4780', origin: 'http://evil.example' }],
    ['a look-alike origin', { host: '127.0.0.1:4780', origin: 'http://127.0.0.1:4780.evil.example' }],
    ['another port', { host: '127.0.0.1:4780', origin: 'http://127.0.0.1:47800' }],
    ['a null origin (sandboxed frame, file://)', { host: '127.0.0.1:4780', origin: 'null' }],
    ['a file origin', { host: '127.0.0.1:4780', origin: 'file://' }],
    [
      'DNS rebinding (hostile name resolving to loopback)',
      { host: 'evil.example:4780', origin: 'http://evil.example:4780' },
    ],
    ['no Host header', { origin: 'http://127.0.0.1:4780' }],
  ])('refuses %s', (_name, headers) => {
    expect(isAllowedRequest(headers, loopback)).toBe(false);
  });

  it('accepts any host name when bound to every interface, but still checks the origin', () => {
    const any = allowedHosts('0.0.0.0', 4780);
    expect(isAllowedRequest({ host: 'desk-2.local:4780', origin: 'http://desk-2.local:4780' }, any)).toBe(true);
    expect(isAllowedRequest({ host: 'desk-2.local:4780', origin: 'http://evil.example' }, any)).toBe(false);
  });
});
