import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlarmHistory, ReplayResult, SearchPage, TimelinePage } from '../../shared/review/review-results.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { getJson, operatorToken } from '../support/operators.js';
import { waitFor } from '../support/wait-for.js';

describe('review endpoints on a running console', () => {
  let core: TestConsole;
  let device: Publisher;
  let supervisor = '';
  let guard = '';
  const start = Date.now() - 1000;
  const range = () => `from=${start}&to=${Date.now() + 1000}`;

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    supervisor = await operatorToken(core, 'supervisor');
    guard = await operatorToken(core, 'guard');
    await device.send('door-g-dock', 'access', { id: 'api-forced-1', ts: Date.now(), event: 'door-forced' });
    await waitFor('the raise in the log', async () => {
      const page = await getJson<TimelinePage>(core.httpUrl, `/api/review/timeline?${range()}`, supervisor);
      return page.body.entries.some((e) => e.kind === 'action' && e.action === 'raise');
    });
  });
  afterAll(async () => {
    await device.close();
    await core.stop();
  });

  it('is for supervisors: a guard is refused, and so is no sign-in', async () => {
    for (const path of [
      `/api/review/timeline?${range()}`,
      `/api/review/search?${range()}&q=x`,
      '/api/review/alarms/1',
    ]) {
      expect((await getJson(core.httpUrl, path, guard)).status, path).toBe(403);
      expect((await fetch(new URL(path, core.httpUrl))).status, path).toBe(401);
    }
  });

  it('answers the timeline, the alarm history and the replay', async () => {
    const page = await getJson<TimelinePage>(
      core.httpUrl,
      `/api/review/timeline?${range()}&zone=loading-dock`,
      supervisor,
    );
    expect(page.status).toBe(200);
    expect(page.body.entries.map((e) => (e.kind === 'event' ? 'event' : e.action))).toEqual(['event', 'raise']);
    const raise = page.body.entries.find((e) => e.kind === 'action');
    const alarmId = raise?.kind === 'action' ? raise.alarmId : null;

    const history = await getJson<AlarmHistory>(core.httpUrl, `/api/review/alarms/${alarmId}`, supervisor);
    expect(history.body.alarm.condition).toBe('door-forced');
    expect(history.body.deviceEvents.map((e) => e.eventId)).toEqual(['api-forced-1']);

    const replay = await getJson<ReplayResult>(core.httpUrl, `/api/review/replay?at=${Date.now()}`, supervisor);
    expect(replay.status).toBe(200);
    expect(replay.body.picture.alarms.map((a) => a.id)).toEqual([alarmId]);
    expect(replay.body.divergences).toBe(0);
  });

  it('refuses what it cannot answer, saying why', async () => {
    const bad = async (path: string) => {
      const answer = await getJson<{ error: string }>(core.httpUrl, path, supervisor);
      expect(answer.status, path).toBe(400);
      return answer.body.error;
    };
    expect(await bad(`/api/review/timeline?from=${start}&to=${start}`)).toMatch(/before/);
    expect(await bad(`/api/review/timeline?${range()}&after=1.0.1%20OR%201`)).toMatch(/cursor/);
    expect(await bad(`/api/review/timeline?${range()}&limit=501`)).toMatch(/query/);
    expect(await bad(`/api/review/search?${range()}&q=`)).toMatch(/query/);
    expect(await bad(`/api/review/replay?at=${start}&until=${start + 25 * 3_600_000}`)).toMatch(/hours/);
    expect((await getJson(core.httpUrl, '/api/review/alarms/999999', supervisor)).status).toBe(404);
    const search = await getJson<SearchPage>(
      core.httpUrl,
      `/api/review/search?${range()}&q=${encodeURIComponent('NEAR( "')}`,
      supervisor,
    );
    expect(search.status).toBe(200);
  });
});
