import Database from 'better-sqlite3';
import { get as httpGet } from 'node:http';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { connectPublisher, type Publisher } from '../support/mqtt-publisher.js';
import { bearer, getJson, operatorToken } from '../support/operators.js';
import { connectSeat, type Seat } from '../support/seat.js';
import { waitFor } from '../support/wait-for.js';

/**
 * Hostile clients against a running core: forged sessions, role escalation, floods, oversized
 * messages, path traversal and cross-origin requests. Each must be refused, change nothing, and
 * leave the core serving everyone else. The counts printed here are the figures in docs/resilience.md.
 */
describe('hostile clients', () => {
  let core: TestConsole;
  let device: Publisher;
  let guardToken: string;
  let guard: Seat;
  let bystander: Seat;
  const tally: Record<string, number> = {};
  const count = (attack: string, cases: number) => (tally[attack] = (tally[attack] ?? 0) + cases);

  const actionCount = () => {
    const db = new Database(core.dbPath, { readonly: true });
    try {
      return db.prepare("SELECT count(*) FROM actions WHERE action NOT LIKE 'sign-in%'").pluck().get() as number;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    core = await startTestConsole();
    device = await connectPublisher(core.brokerUrl);
    guardToken = await operatorToken(core, 'guard', 'hostile-guard');
    guard = await connectSeat(core.httpUrl, { token: guardToken, seat: 'desk-h' });
    bystander = await connectSeat(core.httpUrl, { token: await operatorToken(core, 'guard'), seat: 'desk-b' });
  });
  afterAll(async () => {
    guard?.close();
    bystander?.close();
    await device?.close();
    await core?.stop();
    process.stdout.write(`hostile clients: ${JSON.stringify(tally)}\n`);
  });

  it('refuses forged sessions on HTTP and on the socket', async () => {
    const forged = ['Bearer ' + 'A'.repeat(43), 'Bearer ' + guardToken.slice(0, -1) + 'x', 'Bearer null'];
    for (const header of forged)
      expect((await fetch(new URL('/api/alarms', core.httpUrl), { headers: { Authorization: header } })).status).toBe(
        401,
      );
    count('forged or malformed tokens (HTTP)', forged.length);
    const handshakes = [
      {},
      { token: 'A'.repeat(43) },
      { token: 42 },
      { token: ['x'] },
      { token: guardToken.toUpperCase() },
    ];
    for (const auth of handshakes) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = io(core.httpUrl, { auth, transports: ['websocket'], reconnection: false });
        socket.on('connect', () => resolve('connected'));
        socket.on('connect_error', (error) => resolve(error.message));
        setTimeout(() => resolve('timeout'), 5000);
      });
      expect(outcome).toBe('sign-in-required');
    }
    count('forged or missing sessions (socket)', handshakes.length);
  });

  it('refuses role escalation by a guard, and nothing changes', async () => {
    const before = actionCount();
    const attempts = [
      {
        method: 'POST',
        path: '/api/operators',
        body: { username: 'x1', displayName: 'x', role: 'admin', password: 'aaaaaaaaaaaa' },
      },
      { method: 'POST', path: '/api/operators/hostile-guard', body: { role: 'admin' } },
      { method: 'GET', path: '/api/operators' },
      { method: 'GET', path: '/api/reports/shift?from=0&to=1' },
    ];
    for (const { method, path, body } of attempts) {
      const response = await fetch(new URL(path, core.httpUrl), {
        method,
        headers: { ...bearer(guardToken), 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(response.status, path).toBe(403);
    }
    for (const command of [
      { action: 'out-of-service', deviceId: 'door-g-dock', reason: 'cover' },
      { action: 'return-to-service', deviceId: 'door-g-dock' },
    ])
      expect(await guard.command(command)).toMatchObject({ ok: false, refusal: 'not-allowed' });
    count('role escalation (HTTP + socket)', attempts.length + 2);
    const session = await getJson<{ operator: { role: string } }>(core.httpUrl, '/api/session', guardToken);
    expect(session.body.operator.role).toBe('guard');
    expect(actionCount()).toBe(before);
  });

  it('survives a command flood and an oversized message, serving other seats throughout', async () => {
    const flood = await Promise.all(
      Array.from({ length: 500 }, () => guard.command({ action: 'note', alarmId: 1, text: 'flood' }).catch(() => null)),
    );
    expect(flood.filter((reply) => reply && !reply.ok && reply.refusal === 'rate-limited').length).toBeGreaterThan(400);
    count('socket command flood (messages)', flood.length);

    guard.socket.emit('command', { action: 'note', alarmId: 1, text: 'x'.repeat(200_000) }, () => undefined);
    await waitFor('the oversized sender to be disconnected', () => !guard.socket.connected);
    count('oversized socket message', 1);

    await device.send('door-g-dock', 'access', { id: 'after-attacks', ts: Date.now(), event: 'door-forced' });
    await bystander.delta('alarm', (delta) => delta.alarm.deviceId === 'door-g-dock');
    expect((await fetch(new URL('/api/health', core.httpUrl))).status).toBe(200);
  });

  it('refuses path traversal and cross-origin requests', async () => {
    const traversals = [
      '/site/../../etc/passwd',
      '/site/%2e%2e/%2e%2e/etc/passwd',
      '/site/..%2f..%2fsite.json',
      '/site/floors/../../../package.json',
      '/site//etc/passwd',
    ];
    for (const path of traversals) {
      // A client may normalise "../" away before sending (then the app page answers); what reaches
      // /site/ must never escape the site folder.
      const response = await fetch(new URL(path, core.httpUrl), { headers: bearer(guardToken) });
      const body = await response.text();
      expect(body, path).not.toMatch(/root:x:0|"name": "watchfloor"/);
      if (response.status === 200) expect(body, path).toMatch(/<div id="root">/);
    }
    // The same paths sent raw, as a hostile client would, without any normalisation.
    const { hostname, port } = new URL(core.httpUrl);
    for (const path of traversals) {
      const raw = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpGet({ hostname, port, path, headers: bearer(guardToken) }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on('error', reject);
      });
      expect(raw.body, path).not.toMatch(/root:x:0|"name": "watchfloor"/);
      if (path.startsWith('/site/') && raw.status === 200) expect(raw.body, path).toMatch(/<div id="root">/);
    }
    count('path traversal (signed in)', traversals.length * 2);
    const origins = ['http://evil.example', 'null', 'http://127.0.0.1.evil.example'];
    for (const origin of origins) {
      const response = await fetch(new URL('/api/alarms', core.httpUrl), {
        headers: { ...bearer(guardToken), Origin: origin },
      });
      expect(response.status, origin).toBe(403);
    }
    count('cross-origin API requests', origins.length);
  });

  it('listens on loopback only by default', () => {
    expect(new URL(core.httpUrl).hostname).toBe('127.0.0.1');
    expect(new URL(core.brokerUrl).hostname).toBe('127.0.0.1');
    count('default bind checked', 2);
  });
});
