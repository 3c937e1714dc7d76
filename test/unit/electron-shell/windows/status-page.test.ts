import { describe, expect, it } from 'vitest';
import { escapeHtml, statusPageHtml, statusPageUrl } from '../../../../electron/shell/windows/status-page.js';

describe('status page', () => {
  it('says plainly that alarms are not being received while the core restarts', () => {
    const html = statusPageHtml({ state: 'restarting', attempt: 2, delayMs: 1000, reason: 'exited (code 1)' }, '/logs');
    expect(html).toContain('alarms are NOT being received');
    expect(html).toContain('attempt 2');
    expect(html).toContain('1 s');
  });

  it('tells the guard how to recover and where the logs are once the shell gave up', () => {
    const html = statusPageHtml({ state: 'stopped', reason: 'port in use' }, '/home/desk/.config/Watchfloor/logs');
    expect(html).toContain('Restart console');
    expect(html).toContain('/home/desk/.config/Watchfloor/logs');
  });

  it('escapes whatever the core reported, so an error message cannot inject markup', () => {
    const reason = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const html = statusPageHtml({ state: 'stopped', reason }, '/logs');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('carries a CSP that forbids every script and remote resource', () => {
    const html = statusPageHtml({ state: 'starting' }, '/logs');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script/i);
  });

  it('is a self-contained data: URL', () => {
    const url = statusPageUrl({ state: 'starting' }, '/logs');
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(statusPageHtml({ state: 'starting' }, '/logs'));
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
