import { describe, expect, it } from 'vitest';
import { winAnsiDeep, winAnsiText } from '../../../../../electron/core/reports/pdf/winansi-text.js';

describe('winAnsiText: what Helvetica in a PDF can print', () => {
  it('keeps ASCII, Latin-1 and the Windows-1252 extras', () => {
    const kept = 'Café Zürich naïve £5 €10 “quoted” – — … • ™ Œ š ½ <script>alert(1)</script>';
    expect(winAnsiText(kept)).toBe(kept);
  });

  it('drops accents Latin-1 lacks, keeping the letter', () => {
    expect(winAnsiText('Łódź Dvořák Ostrava-Poruba ő')).toBe('?ódz Dvorák Ostrava-Poruba o');
    expect(winAnsiText('ﬁle ①')).toBe('file 1');
  });

  it('replaces each emoji, RTL and CJK character a reader sees with one "?"', () => {
    expect(winAnsiText('Spider 🕷️ on the lens')).toBe('Spider ? on the lens');
    expect(winAnsiText('👨‍👩‍👧 family')).toBe('? family');
    expect(winAnsiText('🇬🇧')).toBe('?');
    expect(winAnsiText('מצלמה')).toBe('?????');
    expect(winAnsiText('كاميرا')).toBe('??????');
    expect(winAnsiText('监控')).toBe('??');
  });

  it('removes invisible format and control characters, keeps line breaks', () => {
    expect(winAnsiText('a\u200Fb\u202Ec\uFEFFd')).toBe('abcd');
    expect(winAnsiText('one\r\ntwo\tthree\u0007')).toBe('one\ntwo three');
  });

  it('cleans every string of a value and nothing else', () => {
    const value = { a: 'x 🕷', n: 3, list: ['ok', { deep: 'ש' }], none: null, flag: true };
    expect(winAnsiDeep(value)).toEqual({ a: 'x ?', n: 3, list: ['ok', { deep: '?' }], none: null, flag: true });
  });
});
