/**
 * Deeper payloads are quarantined. No contract payload nests at all; the bound is for extension
 * fields, which are stored as sent and serialised again for the API, where V8's recursive
 * JSON.stringify overflows the stack a few thousand levels down.
 */
export const MAX_JSON_DEPTH = 32;

const OPENERS = new Set(['{', '[']);
const CLOSERS = new Set(['}', ']']);

/**
 * Whether JSON text nests deeper than `limit` arrays/objects. A single linear scan that skips
 * string contents, so it costs nothing like a parse and cannot itself recurse.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char !== undefined && OPENERS.has(char)) {
      if (++depth > limit) return true;
    } else if (char !== undefined && CLOSERS.has(char)) {
      depth--;
    }
  }
  return false;
}
