import type { Page } from 'playwright-core';

export const SEEN_IN_PAGE = ['received', 'row', 'marker'] as const;
export type SeenInPage = (typeof SEEN_IN_PAGE)[number];
export type Seen = { deviceId: string; what: SeenInPage; at: number };

/**
 * Installs, before the console loads, two watches for devices whose id starts with `prefix`:
 * the page's WebSocket receiving a frame that names one (`received`: the core and the network
 * done, the renderer not yet), and the DOM gaining its queue row (`row`) or its marker drawn in
 * the alarm state (`marker`: a marker element added in that state, or restyled into it). Times are taken in the page when it happens (performance.timeOrigin
 * + now(), this machine's clock), so the call back to the bench adds nothing to them.
 */
export async function watchAlarmsInPage(page: Page, prefix: string, onSeen: (seen: Seen) => void): Promise<void> {
  await page.exposeFunction('wfSeen', (deviceId: string, what: string, at: number) => {
    const known = SEEN_IN_PAGE.find((name) => name === what);
    if (known) onSeen({ deviceId, what: known, at });
  });
  // A string, not a function: tsx (esbuild) would wrap named helpers in a __name() the page lacks.
  await page.addInitScript(`(() => {
    const prefix = ${JSON.stringify(prefix)};
    const named = new RegExp('"deviceId":"(' + prefix + '[^"]*)"', 'g');
    const Socket = window.WebSocket;
    window.WebSocket = class extends Socket {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (event) => {
          if (typeof event.data !== 'string' || !event.data.includes(prefix)) return;
          const at = performance.timeOrigin + performance.now();
          for (const match of event.data.matchAll(named)) window.wfSeen(match[1], 'received', at);
        });
      }
    };
    const check = (element, at, added) => {
      const deviceId = element.getAttribute('data-device-id');
      if (!deviceId || !deviceId.startsWith(prefix)) return;
      if (element.hasAttribute('data-alarm-id')) {
        if (added) window.wfSeen(deviceId, 'row', at);
      } else if (element.getAttribute('data-state') === 'alarm') window.wfSeen(deviceId, 'marker', at);
    };
    const observer = new MutationObserver((records) => {
      const at = performance.timeOrigin + performance.now();
      for (const record of records) {
        // A marker restyled in place changes its data-state; a re-created one is added anew.
        if (record.type === 'attributes') {
          if (record.target instanceof Element) check(record.target, at, false);
          continue;
        }
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          check(node, at, true);
          for (const inner of node.querySelectorAll('[data-device-id]')) check(inner, at, true);
        }
      }
    });
    document.addEventListener('DOMContentLoaded', () =>
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] }),
    );
  })()`);
}
