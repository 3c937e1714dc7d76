import type { HttpMethod, Route } from './route.js';

export type RouteMatch = { route: Route; params: Record<string, string> } | { allowed: HttpMethod[] } | null;

type CompiledRoute = { route: Route; pattern: RegExp; names: string[] };

/** A parameter is one path segment of safe characters; anything else simply does not match. */
const PARAMETER = '([A-Za-z0-9._-]{1,128})';

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return PARAMETER;
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** Finds the route for a method and path; a path known under other methods answers with those (for 405). */
export function routeTable(routes: readonly Route[]) {
  const compiled = routes.map(compile);
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`route ${key} is defined twice`);
    seen.add(key);
  }

  return (method: string, pathname: string): RouteMatch => {
    const allowed: HttpMethod[] = [];
    for (const { route, pattern, names } of compiled) {
      const match = pattern.exec(pathname);
      if (!match) continue;
      const lookup = method === 'HEAD' ? 'GET' : method;
      if (route.method !== lookup) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      names.forEach((name, index) => (params[name] = match[index + 1] ?? ''));
      return { route, params };
    }
    return allowed.length > 0 ? { allowed } : null;
  };
}
