import { contentBottom, contentLeft, contentWidth, ensureSpace, style, type Doc } from './pdf-page.js';
import { COLOR, FONT, PAGE } from './pdf-style.js';

export type Column = {
  header: string;
  /** Share of the table width; shares are normalised, so they need not add up to 1. */
  width: number;
  align?: 'left' | 'right' | 'center';
};

/** A cell is text, or text with its own colour (a missed target in red). */
export type TableCell = string | { text: string; color?: string; bold?: boolean };
export type TableRow = { cells: TableCell[]; muted?: boolean };

const PAD_X = 4;
const PAD_Y = 3.2;
const BODY_SIZE = 8;
const HEAD_SIZE = 7;

const cellText = (cell: TableCell | undefined) =>
  cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text;

/**
 * A ruled table across the content width that breaks between rows, never inside one, and repeats
 * its header on each new page. Wrapped cells grow their row.
 */
export function drawTable(doc: Doc, columns: readonly Column[], rows: readonly TableRow[]): void {
  const left = contentLeft(doc);
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width / total) * contentWidth(doc));
  const xs = widths.map((_, index) => left + widths.slice(0, index).reduce((sum, w) => sum + w, 0));

  const rowHeight = (texts: string[], font: string, size: number) => {
    style(doc, font, size);
    return (
      Math.max(...texts.map((text, i) => doc.heightOfString(text || ' ', { width: (widths[i] ?? 0) - 2 * PAD_X }))) +
      2 * PAD_Y
    );
  };

  const drawHeader = () => {
    const texts = columns.map((column) => column.header.toUpperCase());
    const height = rowHeight(texts, FONT.bold, HEAD_SIZE);
    const y = doc.y;
    doc.rect(left, y, contentWidth(doc), height).fillColor(COLOR.band).fill();
    style(doc, FONT.bold, HEAD_SIZE, COLOR.muted);
    texts.forEach((text, i) =>
      doc.text(text, (xs[i] ?? left) + PAD_X, y + PAD_Y, {
        width: (widths[i] ?? 0) - 2 * PAD_X,
        align: columns[i]?.align ?? 'left',
      }),
    );
    doc.y = y + height;
  };

  const headerHeight = rowHeight(
    columns.map((column) => column.header.toUpperCase()),
    FONT.bold,
    HEAD_SIZE,
  );
  const firstRow = rows[0] ? rowHeight(rows[0].cells.map(cellText), FONT.regular, BODY_SIZE) : 0;
  ensureSpace(doc, headerHeight + firstRow);
  drawHeader();

  rows.forEach((row, index) => {
    const texts = row.cells.map(cellText);
    const height = rowHeight(texts, FONT.regular, BODY_SIZE);
    if (doc.y + height > contentBottom(doc)) {
      doc.addPage();
      doc.y = PAGE.margin.top;
      drawHeader();
    }
    const y = doc.y;
    if (index % 2 === 1) doc.rect(left, y, contentWidth(doc), height).fillColor(COLOR.zebra).fill();
    row.cells.forEach((cell, i) => {
      const own: Exclude<TableCell, string> = typeof cell === 'string' ? { text: cell } : cell;
      const color = own.color ?? (row.muted ? COLOR.faint : COLOR.ink);
      style(doc, own.bold ? FONT.bold : FONT.regular, BODY_SIZE, color);
      doc.text(cellText(cell), (xs[i] ?? left) + PAD_X, y + PAD_Y, {
        width: (widths[i] ?? 0) - 2 * PAD_X,
        align: columns[i]?.align ?? 'left',
      });
    });
    doc
      .moveTo(left, y + height)
      .lineTo(left + contentWidth(doc), y + height)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.y = y + height;
  });
  doc.x = left;
  doc.y += 6;
}
