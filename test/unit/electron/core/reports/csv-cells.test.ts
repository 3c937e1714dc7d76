import { describe, expect, it } from 'vitest';
import { csvCell, csvLines } from '../../../../../electron/core/reports/csv/csv-cells.js';

describe('CSV cells (RFC 4180)', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Loading dock door')).toBe('Loading dock door');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Offices, ground')).toBe('"Offices, ground"');
    expect(csvCell('he said "clear"')).toBe('"he said ""clear"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('defuses formulas: = + - @ tab and CR at the start get a leading quote', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // only at the start, and never for the report's own numbers
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe('-5');
  });

  it('ends every record with CRLF', () => {
    expect(
      csvLines([
        ['a', 1],
        ['b, c', null],
      ]),
    ).toBe('a,1\r\n"b, c",\r\n');
  });
});
