import { describe, expect, it, vi } from 'vitest';
import { navigationGuard, refuseWebview } from '../../../../electron/shell/security/navigation-guard.js';

const ORIGIN = 'http://127.0.0.1:4780';

function navigate(url: string, origin: string | null = ORIGIN) {
  const warn = vi.fn();
  const event = { url, preventDefault: vi.fn() };
  navigationGuard(() => origin, warn)(event);
  return { prevented: event.preventDefault.mock.calls.length > 0, warn };
}

describe('navigationGuard', () => {
  it('lets the console navigate within its own origin', () => {
    expect(navigate('http://127.0.0.1:4780/?view=queue').prevented).toBe(false);
  });

  it.each(['http://127.0.0.1:4780@evil.com/', 'http://127.0.0.1:47800/', 'https://example.com/', 'file:///etc/passwd'])(
    'prevents navigation to %s and says so in the log',
    (url) => {
      const { prevented, warn } = navigate(url);
      expect(prevented).toBe(true);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('blocked navigation'));
    },
  );

  it('prevents every navigation while the core is down (origin unknown)', () => {
    expect(navigate('http://127.0.0.1:4780/', null).prevented).toBe(true);
  });

  it('reads the origin at navigation time, so a restarted core on a new port is honoured', () => {
    let origin = 'http://127.0.0.1:4780';
    const guard = navigationGuard(
      () => origin,
      () => {},
    );
    origin = 'http://127.0.0.1:4790';
    const event = { url: 'http://127.0.0.1:4790/', preventDefault: vi.fn() };
    guard(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('keeps a hostile, huge URL out of the log', () => {
    const { warn } = navigate(`https://evil.example/${'a'.repeat(100_000)}`);
    expect(String(warn.mock.calls[0]?.[0]).length).toBeLessThan(300);
  });
});

describe('refuseWebview', () => {
  it('always prevents attaching a webview', () => {
    const event = { preventDefault: vi.fn() };
    refuseWebview(() => {})(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
