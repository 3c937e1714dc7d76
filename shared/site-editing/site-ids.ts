import { TOPIC_ID_PATTERN } from '../contract/ids.js';

/** An id made from a name ("Stair B" → "stair-b"), unique among `taken` by a numeric suffix. */
export function freshId(name: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const isSiteId = (id: string): boolean => TOPIC_ID_PATTERN.test(id);
