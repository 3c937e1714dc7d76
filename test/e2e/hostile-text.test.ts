import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TEXTS } from '../../fixtures/corpora/hostile-text.js';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { addOperator } from '../support/operators.js';

const DOOR = 'door-g-dock';
const SENSOR = 'pir-1-server';
const HOLDER = '<img src=x onerror="window.__pwned=1">';
const ZONE = '<script>window.__pwned=1</script>';
const DETAIL = '"><svg onload=window.__pwned=1> 👩‍🚒 abc\u202Edcba';
const NOTE = '\'><b id=injected>bold</b> محمد 🚪 =HYPERLINK("http://x.test")';
const OPERATOR_NAME = '<i id=injected>Eve</i> Ødegård';

/** What a successful injection would leave behind: the flag its script sets, or the element it adds. */
async function injected(page: Page): Promise<{ pwned: unknown; elements: number }> {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    elements: document.querySelectorAll('#injected, img[src="x"], svg[onload], script:not([src])').length,
  }));
}

describe('hostile text from devices and guards shows as text', () => {
  let core: TestConsole;
  let browser: Browser;
  let device: Publisher;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    core = await startTestConsole();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1600, height: 900 } })).newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    const guard = await addOperator(core.dbPath, 'guard', 'eve', OPERATOR_NAME);
    await signInPage(page, core.httpUrl, guard, { seat: 'desk-<b>' });
    device = await connectPublisher(core.brokerUrl);
    // Everything is published up front, before the page is worked.
    const ts = Date.now();
    // The samples first: the door's panels show its latest events, and the holder below must be among them.
    for (const [index, sample] of HOSTILE_TEXTS.entries()) {
      await device.send(DOOR, 'access', {
        id: `ht-sample-${index}`,
        ts: ts - 1000 + index,
        event: 'denied',
        holder: sample,
      });
    }
    await device.send(DOOR, 'access', { id: 'ht-1', ts, event: 'door-forced', holder: HOLDER });
    // Another floor, so the two alarms stay two rows rather than one incident.
    await device.send(SENSOR, 'alarm', {
      id: 'ht-2',
      ts,
      kind: 'intrusion',
      state: 'active',
      zone: ZONE,
      detail: DETAIL,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await device?.close();
    await core?.stop();
  });

  it('renders a holder name, a zone and a detail with markup literally, and runs none of it', async () => {
    await page
      .locator(`.alarm-queue [data-device-id="${SENSOR}"][data-condition="intrusion"]`)
      .click({ timeout: 5000 });
    await page.keyboard.press('Enter');
    await page
      .locator(`[data-testid="alarm-detail"] [data-testid="device-events"] [data-channel="alarm"]`)
      .waitFor({ timeout: 5000 });
    let text = await page.locator('body').innerText();
    expect(text).toContain(ZONE);
    expect(text).toContain(DETAIL.split(' ')[0]);

    await page.keyboard.press('Escape');
    await page.locator(`.alarm-queue [data-device-id="${DOOR}"][data-condition="door-forced"]`).click();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="alarm-detail"]').waitFor();
    await page.getByText(HOLDER, { exact: false }).first().waitFor({ timeout: 5000 });
    text = await page.locator('body').innerText();
    expect(text).toContain(HOLDER);
    expect(await injected(page)).toEqual({ pwned: undefined, elements: 0 });
  });

  it('renders a guard note and an operator name with markup literally', async () => {
    await page.keyboard.press('n');
    await page.locator('[data-testid="note-input"]').fill(NOTE);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="note-dialog"]').waitFor({ state: 'detached' });
    await page.locator('[data-testid="alarm-notes"]', { hasText: NOTE }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain(NOTE);
    expect(text).toContain(OPERATOR_NAME);
    expect(await injected(page)).toEqual({ pwned: undefined, elements: 0 });
  });

  it('keeps every hostile sample as text, and the page free of errors', async () => {
    await page.getByText(HOSTILE_TEXTS[0], { exact: false }).first().waitFor({ timeout: 5000 });
    expect(await injected(page)).toEqual({ pwned: undefined, elements: 0 });
    expect(errors).toEqual([]);
  });
});
