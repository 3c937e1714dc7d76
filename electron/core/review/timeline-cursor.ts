/**
 * A timeline position: the time, then events before actions at the same millisecond (the order
 * replay applies them in), then the row's seq. Keyset pagination: the next page starts after it.
 */
export type TimelineCursor = { at: number; source: 0 | 1; seq: number };

export const SOURCE = { event: 0, action: 1 } as const;

export function encodeCursor(cursor: TimelineCursor): string {
  return `${cursor.at}.${cursor.source}.${cursor.seq}`;
}

/** null for anything that is not a cursor this console wrote. */
export function decodeCursor(text: string): TimelineCursor | null {
  const match = /^(\d{1,15})\.([01])\.(\d{1,15})$/.exec(text);
  if (!match) return null;
  return { at: Number(match[1]), source: match[2] === '0' ? 0 : 1, seq: Number(match[3]) };
}

export function compareCursors(a: TimelineCursor, b: TimelineCursor): number {
  return a.at - b.at || a.source - b.source || a.seq - b.seq;
}
