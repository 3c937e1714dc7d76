import { describe, expect, it } from 'vitest';
import { consoleCsp, withConsoleCsp } from '../../../../electron/shell/security/csp.js';

const ORIGIN = 'http://127.0.0.1:4780';

describe('consoleCsp', () => {
  it('is exactly the policy agreed with the core', () => {
    expect(consoleCsp(ORIGIN)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self' ws://127.0.0.1:4780; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
  });

  it('never allows inline or eval script', () => {
    const scriptSrc = consoleCsp(ORIGIN)
      .split('; ')
      .find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
  });

  it('uses wss for an https console and keeps IPv6 brackets', () => {
    expect(consoleCsp('https://desk.example:8443')).toContain("connect-src 'self' wss://desk.example:8443");
    expect(consoleCsp('http://[::1]:4780')).toContain("connect-src 'self' ws://[::1]:4780");
  });
});

describe('withConsoleCsp', () => {
  it('adds the policy to console responses next to the core header, whatever its case', () => {
    const headers = { 'content-security-policy': ["default-src 'none'"], 'Content-Type': ['text/html'] };
    const result = withConsoleCsp('http://127.0.0.1:4780/index.html', headers, ORIGIN);
    expect(result['content-security-policy']).toEqual(["default-src 'none'", consoleCsp(ORIGIN)]);
    expect(result['Content-Type']).toEqual(['text/html']);
    expect(Object.keys(result).filter((key) => key.toLowerCase() === 'content-security-policy')).toHaveLength(1);
  });

  it('adds the header when the core sent none', () => {
    expect(withConsoleCsp('http://127.0.0.1:4780/', undefined, ORIGIN)).toEqual({
      'Content-Security-Policy': [consoleCsp(ORIGIN)],
    });
  });

  it('does not mutate the headers it was given', () => {
    const headers = { 'Content-Security-Policy': ["default-src 'none'"] };
    withConsoleCsp('http://127.0.0.1:4780/', headers, ORIGIN);
    expect(headers['Content-Security-Policy']).toEqual(["default-src 'none'"]);
  });

  it.each(['http://127.0.0.1:47800/', 'https://tiles.example/1/2/3.png', 'not a url'])('leaves %s alone', (url) => {
    expect(withConsoleCsp(url, { a: ['b'] }, ORIGIN)).toEqual({ a: ['b'] });
  });

  it('leaves everything alone while no console is running', () => {
    expect(withConsoleCsp('http://127.0.0.1:4780/', { a: ['b'] }, null)).toEqual({ a: ['b'] });
  });
});
