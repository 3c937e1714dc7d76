import { describe, expect, it } from 'vitest';
import { deskKeyFor, isTextEntry, keyChord, type KeyPress } from '../../../../renderer/keyboard/key-map.js';
import { SHORTCUTS } from '../../../../renderer/keyboard/shortcuts.js';

const press = (key: string, patch: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target: { tagName: 'BODY' },
  ...patch,
});
const closed = { detailOpen: false };
const open = { detailOpen: true };

describe('the desk key map', () => {
  it.each([
    ['j', 'next'],
    ['ArrowDown', 'next'],
    ['k', 'previous'],
    ['ArrowUp', 'previous'],
    ['Enter', 'open'],
    ['Escape', 'close'],
    ['a', 'acknowledge'],
    ['c', 'claim'],
    ['n', 'note'],
    ['d', 'dispatch'],
    ['s', 'shelve'],
    ['u', 'unshelve'],
    ['x', 'reset'],
    ['r', 'resolve'],
    ['i', 'acknowledge-incident'],
    ['o', 'service'],
    ['m', 'mute'],
  ])('%s → %s', (key, intent) => {
    expect(deskKeyFor(press(key), closed)).toEqual({ intent });
  });

  it('Shift+C takes over, but Caps Lock does not turn c into a take-over', () => {
    expect(deskKeyFor(press('C', { shiftKey: true }), closed)).toEqual({ intent: 'take-over' });
    expect(deskKeyFor(press('C'), closed)).toEqual({ intent: 'claim' });
    expect(deskKeyFor(press('A'), closed)).toEqual({ intent: 'acknowledge' });
  });

  it('? shows the shortcuts (it is typed with Shift)', () => {
    expect(deskKeyFor(press('?', { shiftKey: true }), closed)).toEqual({ intent: 'shortcuts' });
  });

  it('1–9 tick checklist steps, only while an alarm is open in the detail', () => {
    expect(deskKeyFor(press('1'), open)).toEqual({ intent: 'checklist', step: 0 });
    expect(deskKeyFor(press('9'), open)).toEqual({ intent: 'checklist', step: 8 });
    expect(deskKeyFor(press('3'), closed)).toBeNull();
    expect(deskKeyFor(press('0'), open)).toBeNull();
  });

  it('ignores every key while typing in a text box', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT' },
      { tagName: 'input', type: 'number' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      for (const key of ['a', 'r', 'j', '1', 'Enter', 'Escape', '?']) {
        expect(deskKeyFor(press(key, { target }), open), `${key} in ${target.tagName}`).toBeNull();
      }
    }
  });

  it('keeps shortcuts on checkboxes and buttons, but leaves Enter to the control', () => {
    expect(deskKeyFor(press('a', { target: { tagName: 'INPUT', type: 'checkbox' } }), closed)).toEqual({
      intent: 'acknowledge',
    });
    expect(deskKeyFor(press('a', { target: { tagName: 'BUTTON' } }), closed)).toEqual({ intent: 'acknowledge' });
    expect(deskKeyFor(press('Enter', { target: { tagName: 'BUTTON' } }), closed)).toBeNull();
    expect(deskKeyFor(press('Enter', { target: { tagName: 'LI' } }), closed)).toEqual({ intent: 'open' });
  });

  it('leaves the browser its Ctrl, Alt and Meta combinations', () => {
    expect(deskKeyFor(press('r', { ctrlKey: true }), closed)).toBeNull();
    expect(deskKeyFor(press('a', { metaKey: true }), closed)).toBeNull();
    expect(deskKeyFor(press('d', { altKey: true }), closed)).toBeNull();
  });

  it('ignores keys that are not the desk’s', () => {
    expect(deskKeyFor(press('z'), closed)).toBeNull();
    expect(deskKeyFor(press('F5'), closed)).toBeNull();
  });

  it('has one table with no chord used twice, every chord reachable', () => {
    const chords = SHORTCUTS.flatMap((shortcut) => shortcut.chords);
    expect(new Set(chords).size).toBe(chords.length);
    for (const shortcut of SHORTCUTS) expect(shortcut.label.length).toBeGreaterThan(3);
  });

  it('spells chords the way the table does', () => {
    expect(keyChord('C', true)).toBe('Shift+c');
    expect(keyChord('c', false)).toBe('c');
    expect(keyChord('ArrowDown', true)).toBe('ArrowDown');
    expect(isTextEntry(null)).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'radio' })).toBe(false);
  });
});
