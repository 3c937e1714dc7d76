import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../electron/core/package-root.js';
import { launchChromium } from '../support/browser.js';
import { signInPage } from '../support/browser-sign-in.js';
import { addOperator, bearer, operatorToken } from '../support/operators.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { waitFor } from '../support/wait-for.js';

/** Where the screenshot of a guard working an alarm is written on every run. */
export const SCREENSHOT = join(PACKAGE_ROOT, 'test-results', 'desk.png');
/** The same desk a moment earlier: the alarm open, its checklist ticked, its note and log. */
export const DETAIL_SCREENSHOT = join(PACKAGE_ROOT, 'test-results', 'desk-detail.png');

const DOOR = 'door-g-dock';
const NOTE = 'Patrol found the dock door forced, nobody inside';
const RESOLVE_NOTE = 'Door secured by the patrol; police informed';

type Seat = { page: Page; errors: string[] };

/** Two guards at two desks, each signing in on the sign-in page. */
async function openSeat(
  browser: Browser,
  core: TestConsole,
  username: string,
  name: string,
  seat: string,
): Promise<Seat> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await signInPage(page, core.httpUrl, await addOperator(core.dbPath, 'guard', username, name), { seat });
  await page.locator('[data-testid="seat-operator"]', { hasText: name }).waitFor();
  return { page, errors };
}

describe('two guards working an alarm from the keyboard', () => {
  let core: TestConsole;
  let browser: Browser;
  let device: Publisher;
  let a: Seat;
  let b: Seat;
  let alarmId = '';
  const row = (seat: Seat): Locator => seat.page.locator(`.alarm-queue [data-alarm-id="${alarmId}"]`);
  const detail = (seat: Seat): Locator => seat.page.locator(`[data-testid="alarm-detail"][data-alarm-id="${alarmId}"]`);

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    browser = await launchChromium();
    a = await openSeat(browser, core, 'a.guard', 'A. Guard', 'desk-a');
    b = await openSeat(browser, core, 'b.guard', 'B. Guard', 'desk-b');
  });

  afterAll(async () => {
    await browser?.close();
    await device?.close();
    await core?.stop();
  });

  it('shows a forced door on both desks, pulsing on the map', async () => {
    await device.send(DOOR, 'status', { id: 'desk-st-1', ts: Date.now(), online: true });
    await device.send(DOOR, 'access', { id: 'desk-forced-1', ts: Date.now(), event: 'door-forced' });
    const first = a.page.locator(`.alarm-queue [data-device-id="${DOOR}"][data-condition="door-forced"]`);
    await first.waitFor({ timeout: 5000 });
    alarmId = (await first.getAttribute('data-alarm-id')) ?? '';
    expect(alarmId).toMatch(/^\d+$/);
    await row(b).waitFor({ timeout: 5000 });
    expect(await row(a).getAttribute('data-alarm-state')).toBe('unacknowledged-active');
    await a.page.locator(`.leaflet-marker-pane .wf-marker--pulse[data-device-id="${DOOR}"]`).waitFor();
  });

  it('A selects it with j and acknowledges it with a; B sees that within a second', async () => {
    await a.page.keyboard.press('j');
    await a.page.locator(`.alarm-queue [data-alarm-id="${alarmId}"][aria-current="true"]`).waitFor();
    const pressed = Date.now();
    await a.page.keyboard.press('a');
    await b.page
      .locator(
        `.alarm-queue [data-alarm-id="${alarmId}"][data-alarm-state="acknowledged-active"][data-owner="a.guard"]`,
      )
      .waitFor({ timeout: 1000 });
    expect(Date.now() - pressed).toBeLessThan(1000);
    expect(await row(b).textContent()).toContain('a.guard');
  });

  it("B's acknowledge and claim are refused, visibly: the alarm is A's", async () => {
    await b.page.keyboard.press('ArrowDown');
    await b.page.locator(`.alarm-queue [data-alarm-id="${alarmId}"][aria-current="true"]`).waitFor();
    for (const key of ['a', 'c']) {
      await b.page.keyboard.press('Escape'); // clears earlier messages
      await b.page.keyboard.press(key);
      const refusal = b.page.locator('[data-testid="toast-refusal"]', { hasText: 'claimed by a.guard' });
      await refusal.waitFor({ timeout: 5000 });
    }
    await row(b).locator('.alarm-row__flash').waitFor({ state: 'attached' });
    expect(await row(b).getAttribute('data-owner')).toBe('a.guard');
  });

  it('dialogs hold the focus while open, and Esc closes them without sending anything', async () => {
    await b.page.keyboard.press('?');
    await b.page.locator('[data-testid="shortcut-overlay"]').waitFor();
    await b.page.keyboard.press('Escape');
    await b.page.locator('[data-testid="shortcut-overlay"]').waitFor({ state: 'detached' });

    await b.page.keyboard.press('n');
    const dialog = b.page.locator('[data-testid="note-dialog"]');
    await dialog.waitFor();
    await b.page.keyboard.type('draft that must not be sent');
    for (let i = 0; i < 6; i++) await b.page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await b.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The desk has its keys back: the cursor still moves.
    await b.page.keyboard.press('k');
    await b.page.locator(`.alarm-queue [data-alarm-id="${alarmId}"][aria-current="true"]`).waitFor();
  });

  it('A opens it, ticks checklist steps 1 and 2, and adds a note', async () => {
    await a.page.keyboard.press('Enter');
    await detail(a).waitFor();
    await a.page.keyboard.press('1');
    await detail(a).locator('[data-testid="checklist-step-1"][data-done="true"]').waitFor();
    await a.page.keyboard.press('2');
    await detail(a).locator('[data-testid="checklist-step-2"][data-done="true"]').waitFor();

    await a.page.keyboard.press('n');
    const input = a.page.locator('[data-testid="note-input"]');
    await input.waitFor();
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await a.page.keyboard.type(NOTE); // letters typed into the note must not act as shortcuts
    await a.page.keyboard.press('Enter');
    await a.page.locator('[data-testid="note-dialog"]').waitFor({ state: 'detached' });
    await detail(a).locator('[data-testid="alarm-notes"]', { hasText: NOTE }).waitFor();
    expect(await row(a).getAttribute('data-alarm-state')).toBe('acknowledged-active');
    // The detail keeps its action log current (fetched again as the version moves) and shows the door's events.
    await detail(a).locator('[data-testid="action-history"] [data-action="note"]').waitFor();
    expect(await detail(a).locator('[data-testid="action-history"] [data-action="checklist"]').count()).toBe(2);
    await detail(a).locator('[data-testid="device-events"] [data-channel="access"]').first().waitFor();
  });

  it('the door closes; A resets it with x and resolves it with r, a disposition key and a note', async () => {
    await device.send(DOOR, 'access', { id: 'desk-closed-1', ts: Date.now(), event: 'door-closed' });
    await a.page
      .locator(`.alarm-queue [data-alarm-id="${alarmId}"][data-alarm-state="acknowledged-returned"]`)
      .waitFor({ timeout: 5000 });
    await a.page.keyboard.press('x');
    await detail(a).locator('[data-moment="reset"]').waitFor();
    mkdirSync(join(PACKAGE_ROOT, 'test-results'), { recursive: true });
    await a.page.screenshot({ path: DETAIL_SCREENSHOT });

    await a.page.keyboard.press('r');
    const dialog = a.page.locator('[data-testid="resolve-dialog"]');
    await dialog.waitFor();
    await a.page.keyboard.press('1'); // genuine — intruder: a note is required
    expect(await dialog.locator('[data-testid="disposition-option-genuine-intruder"] input').isChecked()).toBe(true);
    await a.page.keyboard.type(RESOLVE_NOTE);
    await a.page.screenshot({ path: SCREENSHOT });
    await a.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await row(a).waitFor({ state: 'detached', timeout: 5000 });
    await row(b).waitFor({ state: 'detached', timeout: 5000 });
  });

  it("the core's log has A's acknowledge, checklist, note, reset and resolve, in that order", async () => {
    const response = await fetch(new URL(`api/alarms/${alarmId}/actions`, core.httpUrl), {
      headers: bearer(await operatorToken(core, 'supervisor')),
    });
    expect(response.status).toBe(200);
    const { actions } = (await response.json()) as {
      actions: { seq: number; operator: string; seat: string; action: string; detail: Record<string, unknown> }[];
    };
    const byA = actions.filter((record) => record.operator === 'a.guard');
    expect(byA.map((record) => record.action)).toEqual([
      'acknowledge',
      'checklist',
      'checklist',
      'note',
      'reset',
      'resolve',
    ]);
    expect(byA.every((record) => record.seat === 'desk-a')).toBe(true);
    expect(byA.map((record) => record.detail.step).slice(1, 3)).toEqual([0, 1]);
    expect(byA[3]?.detail.text).toBe(NOTE);
    expect(byA[5]?.detail).toMatchObject({ disposition: 'genuine-intruder', note: RESOLVE_NOTE });
    expect(actions.some((record) => record.operator === 'b.guard')).toBe(false);
    const seqs = actions.map((record) => record.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  });

  it('mutes and unmutes a seat with m, clearly', async () => {
    const mute = b.page.locator('[data-testid="mute-state"]');
    await b.page.keyboard.press('m');
    await waitFor('the seat to show MUTED', async () => (await mute.getAttribute('data-state')) === 'muted');
    expect(await mute.textContent()).toContain('MUTED');
    await b.page.keyboard.press('m');
    await waitFor('sound back on', async () => (await mute.getAttribute('data-state')) === 'on');
  });

  it('ran without page errors', () => {
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
