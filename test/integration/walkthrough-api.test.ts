import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WalkthroughPlan } from '../../shared/domain/walkthrough.js';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { addOperator, signIn } from '../support/operators.js';
import { pdfText } from '../unit/electron/core/reports/pdf-text.js';

let core: TestConsole;
let supervisor: string;
let guard: string;

beforeAll(async () => {
  core = await startTestConsole();
  supervisor = (await signIn(core.httpUrl, await addOperator(core.dbPath, 'supervisor'))).token;
  guard = (await signIn(core.httpUrl, await addOperator(core.dbPath, 'guard'))).token;
});
afterAll(() => core.stop());

const get = (path: string, token: string | null) =>
  fetch(new URL(path, core.httpUrl), { headers: token ? { Authorization: `Bearer ${token}` } : {} });

describe('GET /api/walkthrough', () => {
  it('gives a supervisor the plan for the demo site: on a fresh console every device is still unheard', async () => {
    const response = await get('/api/walkthrough?floors=2&days=3', supervisor);
    expect(response.status).toBe(200);
    const plan = (await response.json()) as WalkthroughPlan;
    expect(plan).toMatchObject({ goal: 'inspection', days: 3, floorIds: ['2'], buildingId: 'harbour-point' });
    expect(plan.start?.label).toBe('Security office');
    expect(plan.stops.length).toBeGreaterThan(10);
    expect(plan.stops.every((stop) => stop.floorId === '2' && stop.reasons[0]?.code === 'silent')).toBe(true);
    expect(plan.stops[0]?.leg?.rides.length).toBe(1);
  });

  it('plans a patrol over the checkpoints of patrols.json', async () => {
    const response = await get('/api/walkthrough?goal=patrol&checkpoints=tag-1-east,tag-g-dock', supervisor);
    const plan = (await response.json()) as WalkthroughPlan;
    expect(plan.stops.map((stop) => stop.deviceId)).toEqual(['tag-g-dock', 'tag-1-east']);
  });

  it('prints the route card as a PDF', async () => {
    const response = await get('/api/walkthrough?floors=1&format=pdf', supervisor);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const { text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain('Walkthrough route card');
    expect(text).toContain('Inspection of First floor');
  });

  it('is for supervisors, and refuses a bad query naming the field', async () => {
    expect((await get('/api/walkthrough', null)).status).toBe(401);
    expect((await get('/api/walkthrough', guard)).status).toBe(403);
    const badFloor = await get('/api/walkthrough?floors=9', supervisor);
    expect(badFloor.status).toBe(400);
    expect(JSON.stringify(await badFloor.json())).toContain('floors: no floor \\"9\\"');
    const badDays = await get('/api/walkthrough?days=0', supervisor);
    expect(badDays.status).toBe(400);
    expect(JSON.stringify(await badDays.json())).toContain('days');
    expect((await get('/api/walkthrough?colour=red', supervisor)).status).toBe(400);
  });
});
