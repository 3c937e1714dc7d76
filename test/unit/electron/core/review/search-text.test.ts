import { describe, expect, it } from 'vitest';
import { matchExpression, MAX_SEARCH_TERMS } from '../../../../../electron/core/review/search-text.js';

describe('matchExpression', () => {
  it('quotes every word, so all of them must match', () => {
    expect(matchExpression('broken  window')).toBe('"broken" "window"');
  });

  it('keeps a quoted phrase together', () => {
    expect(matchExpression('"dock shutter" police')).toBe('"dock shutter" "police"');
  });

  it('turns FTS5 operators into plain words', () => {
    expect(matchExpression('window OR door')).toBe('"window" "OR" "door"');
    expect(matchExpression('NEAR(door window)')).toBe('"NEAR(door" "window)"');
    expect(matchExpression('-door')).toBe('"-door"');
    expect(matchExpression('body:door ^door')).toBe('"body:door" "^door"');
    expect(matchExpression('NOT door AND')).toBe('"NOT" "door" "AND"');
  });

  it('doubles quotes inside a word and survives an unclosed phrase', () => {
    expect(matchExpression('say"hello')).toBe('"say""hello"');
    expect(matchExpression('"unclosed phrase')).toBe('"unclosed phrase"');
  });

  it('keeps a prefix search on a real word, and only there', () => {
    expect(matchExpression('wind*')).toBe('"wind"*');
    expect(matchExpression('w*')).toBe('"w*"');
    expect(matchExpression('*')).toBeNull();
    expect(matchExpression('**')).toBeNull();
    expect(matchExpression('"wind"*')).toBe('"wind"');
  });

  it('drops what has no letter or digit, and is null when nothing is left', () => {
    expect(matchExpression('" - * ( ) "')).toBeNull();
    expect(matchExpression('   ')).toBeNull();
    expect(matchExpression('"')).toBeNull();
    expect(matchExpression('- door')).toBe('"door"');
    expect(matchExpression('door\u0000x\ttab')).toBe('"door" "x" "tab"');
  });

  it('keeps letters of any script, normalised', () => {
    expect(matchExpression('Łódź café')).toBe('"Łódź" "café"');
    expect(matchExpression('cafe\u0301')).toBe('"café"');
    expect(matchExpression('שלום 東京 🚪door')).toBe('"שלום" "東京" "🚪door"');
  });

  it('stops at the named number of words', () => {
    const words = Array.from({ length: MAX_SEARCH_TERMS + 5 }, (_, i) => `w${i}`).join(' ');
    expect(matchExpression(words)?.split(' ')).toHaveLength(MAX_SEARCH_TERMS);
  });
});
