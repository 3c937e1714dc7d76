import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/shell/ipc/trusted-sender.js';

const ORIGIN = 'http://127.0.0.1:4780';
const OURS = new Set([7, 8]);
const console = { webContentsId: 7, frameUrl: 'http://127.0.0.1:4780/?view=queue', isMainFrame: true };

describe('isTrustedSender', () => {
  it("trusts our window's main frame showing the console", () => {
    expect(isTrustedSender(console, OURS, ORIGIN)).toBe(true);
  });

  it.each([
    ['a WebContents we did not create', { ...console, webContentsId: 99 }],
    ['a subframe of our window', { ...console, isMainFrame: false }],
    ['a frame that is already gone', { ...console, frameUrl: null }],
    ['our window showing the status page', { ...console, frameUrl: 'data:text/html,status' }],
    ['our window on another origin', { ...console, frameUrl: 'https://evil.example/' }],
    ['our window on a look-alike port', { ...console, frameUrl: 'http://127.0.0.1:47800/' }],
    ['a user-info trick', { ...console, frameUrl: 'http://127.0.0.1:4780@evil.example/' }],
  ])('drops %s', (_name, sender) => {
    expect(isTrustedSender(sender, OURS, ORIGIN)).toBe(false);
  });

  it('drops everything while the core is not running', () => {
    expect(isTrustedSender(console, OURS, null)).toBe(false);
  });
});
