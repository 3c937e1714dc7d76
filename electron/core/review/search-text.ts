/** Enough words for any note a guard might remember; more is not a search, it is a paste. */
export const MAX_SEARCH_TERMS = 16;

const WORDLIKE = /[\p{L}\p{N}]/u;
/** FTS5 ends a string at NUL; no control character belongs in a search anyway. */
const CONTROL = /\p{Cc}/gu;

/**
 * What a supervisor typed, as an FTS5 MATCH expression that can only mean "all these words":
 * every word or "quoted phrase" becomes a quoted FTS5 string (quotes doubled), so operators
 * (OR, NOT, NEAR(, -, ^, :, column names) are just text. A trailing * on a word of two or more
 * letters keeps its meaning, a prefix search. null when nothing searchable is left.
 */
export function matchExpression(text: string): string | null {
  const pieces: string[] = [];
  for (const [, phrase, word] of text
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .matchAll(/"([^"]*)"?|(\S+)/g)) {
    const raw = phrase ?? word ?? '';
    const prefix = word !== undefined && /^[^*]{2,}\*$/u.test(word) && WORDLIKE.test(word);
    const body = (prefix ? raw.slice(0, -1) : raw).trim();
    if (!WORDLIKE.test(body)) continue;
    pieces.push(`"${body.replaceAll('"', '""')}"${prefix ? '*' : ''}`);
    if (pieces.length === MAX_SEARCH_TERMS) break;
  }
  return pieces.length > 0 ? pieces.join(' ') : null;
}
