import { useEffect, useState } from 'react';
import { apiFetch } from '../api/api-fetch.js';

/** Plans fetched once per page: a few floors of a site, each a few hundred kilobytes at most. */
const MAX_CACHED_PLANS = 32;
const cache = new Map<string, Promise<string>>();

/**
 * Floorplans are behind sign-in, and an <img> cannot send a bearer token: the plan is fetched
 * with it and shown from a blob: URL (which the console's CSP allows for images).
 */
function planObjectUrl(path: string): Promise<string> {
  let pending = cache.get(path);
  if (!pending) {
    pending = apiFetch(path, { headers: { Accept: 'image/*' } }).then(async (response) => {
      if (!response.ok) throw new Error(`plan ${path}: the console answered ${response.status}`);
      return URL.createObjectURL(await response.blob());
    });
    pending.catch(() => cache.delete(path));
    if (cache.size >= MAX_CACHED_PLANS) cache.delete(cache.keys().next().value ?? path);
    cache.set(path, pending);
  }
  return pending;
}

/** The plan's blob: URL once it has loaded, null until then (or when it cannot be had). */
export function usePlanImage(path: string): string | null {
  const [loaded, setLoaded] = useState<{ path: string; url: string } | null>(null);
  useEffect(() => {
    let current = true;
    planObjectUrl(path)
      .then((url) => current && setLoaded({ path, url }))
      .catch(() => current && setLoaded(null));
    return () => {
      current = false;
    };
  }, [path]);
  return loaded?.path === path ? loaded.url : null;
}
