import Database from 'better-sqlite3';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../support/console-harness.js';
import { addOperator, bearer, operatorToken, signIn, type TestOperator } from '../support/operators.js';
import { connectSeat } from '../support/seat.js';
import { waitFor } from '../support/wait-for.js';

/** Every endpoint but the open ones, with the least role that may call it. */
const GUARDED: [method: string, path: string, role: 'guard' | 'supervisor' | 'admin'][] = [
  ['GET', '/api/site', 'guard'],
  ['GET', '/api/events', 'guard'],
  ['GET', '/api/alarms', 'guard'],
  ['GET', '/api/alarms/1/actions', 'guard'],
  ['GET', '/api/session', 'guard'],
  ['GET', '/api/reports/shift?from=0&to=1000', 'supervisor'],
  ['GET', '/api/operators', 'admin'],
  ['POST', '/api/operators', 'admin'],
  ['POST', '/api/operators/someone', 'admin'],
];

const call = (core: TestConsole, method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
  fetch(new URL(path, core.httpUrl), {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
  });

const operatorCount = (core: TestConsole) => {
  const db = new Database(core.dbPath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM operators').pluck().get() as number;
  } finally {
    db.close();
  }
};

/** Resolves with the connect_error message, or 'connected' (which is a failure here). */
const connectAttempt = (core: TestConsole, auth: Record<string, unknown>) =>
  new Promise<string>((resolve) => {
    const socket = io(core.httpUrl, { auth, transports: ['websocket'], reconnection: false });
    socket.on('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.on('connect_error', (error) => {
      socket.close();
      resolve(error.message);
    });
  });

describe('operator accounts guard every endpoint and socket', () => {
  let core: TestConsole;
  let tokens: Record<'guard' | 'supervisor' | 'admin', string>;

  beforeAll(async () => {
    core = await startTestConsole();
    tokens = {
      guard: await operatorToken(core, 'guard'),
      supervisor: await operatorToken(core, 'supervisor'),
      admin: await operatorToken(core, 'admin'),
    };
  });
  afterAll(async () => core?.stop());

  it('leaves only health, sign-in and set-up open', async () => {
    expect((await call(core, 'GET', '/api/health')).status).toBe(200);
    expect((await call(core, 'GET', '/api/bootstrap')).status).toBe(200);
    for (const [method, path] of GUARDED) {
      const response = await call(core, method, path);
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await fetch(new URL('/site/site.json', core.httpUrl))).status).toBe(401);
    expect((await fetch(new URL('/site/site.json', core.httpUrl), { headers: bearer(tokens.guard) })).status).toBe(200);
  });

  it('refuses malformed, unknown and expired tokens', async () => {
    for (const header of ['Bearer ', 'Bearer x', `Bearer ${'a'.repeat(43)}`, `Basic ${tokens.guard}`, tokens.guard])
      expect((await call(core, 'GET', '/api/alarms', { Authorization: header })).status, header).toBe(401);

    const expiring = await operatorToken(core, 'guard');
    expect((await call(core, 'GET', '/api/alarms', bearer(expiring))).status).toBe(200);
    const db = new Database(core.dbPath);
    db.prepare('UPDATE sessions SET expires_at = ?').run(Date.now() - 1);
    db.close();
    expect((await call(core, 'GET', '/api/alarms', bearer(expiring))).status).toBe(401);
    tokens = {
      guard: await operatorToken(core, 'guard'),
      supervisor: await operatorToken(core, 'supervisor'),
      admin: await operatorToken(core, 'admin'),
    };
  });

  it('refuses roles below what an endpoint needs, and nothing changes', async () => {
    for (const [method, path, needed] of GUARDED) {
      for (const role of ['guard', 'supervisor', 'admin'] as const) {
        const allowed =
          ['guard', 'supervisor', 'admin'].indexOf(role) >= ['guard', 'supervisor', 'admin'].indexOf(needed);
        const status = (await call(core, method, path, bearer(tokens[role]))).status;
        if (allowed) expect(status, `${role} ${method} ${path}`).not.toBe(403);
        else expect(status, `${role} ${method} ${path}`).toBe(403);
      }
    }
    const before = operatorCount(core);
    const newcomer = { username: 'sneaky', displayName: 'Sneaky', role: 'admin', password: 'let-me-in-please' };
    expect((await call(core, 'POST', '/api/operators', bearer(tokens.supervisor), newcomer)).status).toBe(403);
    expect((await call(core, 'POST', '/api/operators', {}, newcomer)).status).toBe(401);
    expect(operatorCount(core)).toBe(before);
    expect((await call(core, 'POST', '/api/operators', bearer(tokens.admin), newcomer)).status).toBe(201);
    expect(operatorCount(core)).toBe(before + 1);
  });

  it('answers bad sign-ins with one message, throttles them, and audits them', async () => {
    const victim: TestOperator = await addOperator(core.dbPath, 'guard', 'victim');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await call(core, 'POST', '/api/login', {}, { username: 'victim', password: `guess-${i}` });
      statuses.push(response.status);
      if (response.status === 401) expect(await response.json()).toEqual({ error: 'wrong username or password' });
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    await expect(signIn(core.httpUrl, victim)).rejects.toThrow(/429/);
    // Another guard at the same desk machine still signs in.
    await signIn(core.httpUrl, await addOperator(core.dbPath, 'guard', 'colleague'));
    const db = new Database(core.dbPath, { readonly: true });
    const refused = db.prepare("SELECT count(*) FROM actions WHERE action = 'sign-in-refused'").pluck().get() as number;
    db.close();
    expect(refused).toBeGreaterThanOrEqual(6);
  });

  it('refuses bodies that are not small JSON', async () => {
    const post = (headers: Record<string, string>, body: string) =>
      fetch(new URL('/api/operators', core.httpUrl), {
        method: 'POST',
        headers: { ...bearer(tokens.admin), ...headers },
        body,
      });
    expect((await post({ 'Content-Type': 'text/plain' }, '{}')).status).toBe(415);
    expect((await post({ 'Content-Type': 'application/json' }, '{not json')).status).toBe(400);
    expect(
      (await post({ 'Content-Type': 'application/json' }, JSON.stringify({ pad: 'x'.repeat(300_000) }))).status,
    ).toBe(413);
    expect((await post({ 'Content-Type': 'application/json' }, '{"__proto__":{"role":"admin"}}')).status).toBe(400);
  });

  it('lets no socket in without a live session, and closes seats whose account is disabled', async () => {
    expect(await connectAttempt(core, {})).toBe('sign-in-required');
    expect(await connectAttempt(core, { token: 'x'.repeat(43) })).toBe('sign-in-required');
    expect(await connectAttempt(core, { token: { $ne: null } })).toBe('sign-in-required');

    const guard = await addOperator(core.dbPath, 'guard', 'leaving');
    const seat = await connectSeat(core.httpUrl, { token: (await signIn(core.httpUrl, guard)).token, seat: 'desk-9' });
    expect(seat.snapshots).toHaveLength(1);
    expect(
      await seat.command({ action: 'out-of-service', deviceId: 'door-g-dock', reason: 'maintenance' }),
    ).toMatchObject({
      ok: false,
      refusal: 'not-allowed',
    });
    const disable = await call(core, 'POST', '/api/operators/leaving', bearer(tokens.admin), { disabled: true });
    expect(disable.status).toBe(200);
    await waitFor('the disabled guard’s seat to be closed', () => !seat.socket.connected);
    seat.close();
  });
});

describe('first run with no accounts', () => {
  let core: TestConsole;
  beforeAll(async () => {
    core = await startTestConsole();
  });
  afterAll(async () => core?.stop());

  it('creates the first admin with the printed set-up code, once', async () => {
    const code = core.access.setUpCode;
    expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(await (await call(core, 'GET', '/api/bootstrap')).json()).toMatchObject({ needed: true });
    const first = { username: 'chief', displayName: 'Chief', password: 'first-admin-pass' };
    expect((await call(core, 'POST', '/api/bootstrap', {}, { ...first, code: 'AAAAA-AAAAA' })).status).toBe(403);
    const created = await call(core, 'POST', '/api/bootstrap', {}, { ...first, code: code?.toLowerCase() });
    expect(created.status).toBe(200);
    const { token, operator } = (await created.json()) as { token: string; operator: { role: string } };
    expect(operator.role).toBe('admin');
    expect((await call(core, 'GET', '/api/operators', bearer(token))).status).toBe(200);
    expect((await call(core, 'POST', '/api/bootstrap', {}, { ...first, username: 'second', code })).status).toBe(409);
  });
});
