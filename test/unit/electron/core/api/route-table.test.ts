import { describe, expect, it } from 'vitest';
import type { Route } from '../../../../../electron/core/api/route.js';
import { routeTable } from '../../../../../electron/core/api/route-table.js';

const route = (method: Route['method'], path: string): Route => ({
  method,
  path,
  access: 'guard',
  handle: () => undefined,
});

describe('the route table', () => {
  const find = routeTable([
    route('GET', '/api/alarms'),
    route('GET', '/api/alarms/:id/actions'),
    route('POST', '/api/operators/:username'),
    route('GET', '/api/a.b'),
  ]);

  it('matches exact paths and named parameters, HEAD as GET', () => {
    expect(find('GET', '/api/alarms')).toMatchObject({ route: { path: '/api/alarms' }, params: {} });
    expect(find('HEAD', '/api/alarms')).toMatchObject({ route: { path: '/api/alarms' } });
    expect(find('GET', '/api/alarms/42/actions')).toMatchObject({ params: { id: '42' } });
    expect(find('POST', '/api/operators/j.osei')).toMatchObject({ params: { username: 'j.osei' } });
  });

  it('says which methods a known path allows, and nothing for unknown paths', () => {
    expect(find('DELETE', '/api/alarms')).toEqual({ allowed: ['GET'] });
    expect(find('GET', '/api/operators/j.osei')).toEqual({ allowed: ['POST'] });
    expect(find('GET', '/api/nothing')).toBeNull();
    expect(find('GET', '/api/alarms/')).toBeNull();
    expect(find('GET', '/api/aXb')).toBeNull(); // a dot in a path is a dot, not "any character"
  });

  it('keeps parameters to one segment of safe characters', () => {
    for (const path of [
      '/api/alarms/1/2/actions',
      '/api/alarms/%2e%2e/actions',
      '/api/alarms/a b/actions',
      `/api/alarms/${'9'.repeat(129)}/actions`,
    ])
      expect(find('GET', path), path).toBeNull();
  });

  it('refuses a table that defines a route twice', () => {
    expect(() => routeTable([route('GET', '/api/x'), route('GET', '/api/x')])).toThrow(/defined twice/);
  });
});
