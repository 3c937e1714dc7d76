/**
 * The PDF's standard fonts (Helvetica) are encoded in WinAnsi (Windows-1252): pdfkit writes any
 * other character as a wrong byte, i.e. garbage on paper and in copied text. So text is reduced to
 * what WinAnsi holds: accents that Latin-1 lacks are dropped (ő → o), and whatever cannot be shown
 * (emoji, Hebrew, Arabic, CJK) becomes one "?" per character as a reader perceives it. The JSON
 * and CSV exports keep the original text.
 */
export const REPLACEMENT = '?';

/** The 27 characters Windows-1252 puts in 0x80–0x9F, beside Latin-1's printable range. */
const WIN_ANSI_EXTRAS = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

const encodable = (codePoint: number): boolean =>
  (codePoint >= 0x20 && codePoint <= 0x7e) ||
  (codePoint >= 0xa0 && codePoint <= 0xff) ||
  WIN_ANSI_EXTRAS.has(codePoint);
const allEncodable = (text: string): boolean => [...text].every((char) => encodable(char.codePointAt(0) ?? 0));

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function winAnsiText(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // Control characters would print as boxes; a line break is kept for the layout to use.
    .replace(/[^\P{Cc}\n]/gu, '');
  let out = '';
  for (const { segment } of graphemes.segment(cleaned)) {
    if (segment === '\n' || allEncodable(segment)) {
      out += segment;
      continue;
    }
    // Invisible format characters (bidi marks, BOM) carry nothing to print; a joiner inside an
    // emoji sequence goes with its sequence, so a family emoji is one "?", not three.
    const visible = segment.replace(/\p{Cf}/gu, '');
    if (visible === '') continue;
    const stripped = visible.normalize('NFKD').replace(/\p{M}/gu, '');
    out += stripped !== '' && allEncodable(stripped) ? stripped : REPLACEMENT;
  }
  return out;
}

/** Every string in a JSON value, made printable; the shape and the numbers stay as they are. */
export function winAnsiDeep<T>(value: T): T {
  return deep(value) as T; // deep() rebuilds the same shape; only string leaves change
}

function deep(value: unknown): unknown {
  if (typeof value === 'string') return winAnsiText(value);
  if (Array.isArray(value)) return value.map(deep);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deep(item)]));
  return value;
}
