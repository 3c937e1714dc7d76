import { SHORTCUTS, type DeskIntent } from './shortcuts.js';

export type KeyPress = {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Where the key was pressed: an element, or null. */
  target: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
};

export type KeyContext = { detailOpen: boolean };

export type DeskKey = { intent: Exclude<DeskIntent, 'checklist'> } | { intent: 'checklist'; step: number };

const NOT_TEXT_INPUTS: ReadonlySet<string> = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'color',
  'submit',
  'reset',
]);

/** A place where letters are text: shortcuts must never fire there. */
export function isTextEntry(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/** Controls that answer Enter themselves (a button presses, a summary opens). */
const OWNS_ENTER: ReadonlySet<string> = new Set(['BUTTON', 'A', 'SUMMARY', 'INPUT', 'SELECT', 'TEXTAREA']);

/** Letters case-insensitively (Caps Lock must not turn `c` into a take-over), Shift spelled out. */
export function keyChord(key: string, shiftKey: boolean): string {
  if (!/^[a-z]$/i.test(key)) return key;
  return shiftKey ? `Shift+${key.toLowerCase()}` : key.toLowerCase();
}

const BY_CHORD: ReadonlyMap<string, DeskIntent> = new Map(
  SHORTCUTS.flatMap((shortcut) => shortcut.chords.map((chord): [string, DeskIntent] => [chord, shortcut.intent])),
);

/** The desk's reading of a key press, or null when the key is not the desk's to take. */
export function deskKeyFor(press: KeyPress, context: KeyContext): DeskKey | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (isTextEntry(press.target)) return null;
  const intent = BY_CHORD.get(keyChord(press.key, press.shiftKey));
  if (intent === undefined) return null;
  if (intent === 'open' && OWNS_ENTER.has(press.target?.tagName?.toUpperCase() ?? '')) return null;
  if (intent !== 'checklist') return { intent };
  return context.detailOpen ? { intent, step: Number(press.key) - 1 } : null;
}
