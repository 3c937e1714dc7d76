import { COLOR, FONT, PAGE } from './pdf-style.js';

export type Doc = PDFKit.PDFDocument;

export const contentLeft = (doc: Doc): number => doc.page.margins.left;
export const contentWidth = (doc: Doc): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const contentBottom = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` more points fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > contentBottom(doc)) {
    doc.addPage();
    doc.y = PAGE.margin.top;
  }
}

export function style(doc: Doc, font: string, size: number, color: string = COLOR.ink): Doc {
  return doc.font(font).fontSize(size).fillColor(color);
}

/** A section title with a rule under it; kept with at least `keep` points of what follows. */
export function heading(doc: Doc, title: string, keep = 60): void {
  ensureSpace(doc, 34 + keep);
  doc.y += 10;
  const y = doc.y;
  style(doc, FONT.bold, 12, COLOR.accent).text(title, contentLeft(doc), y, { width: contentWidth(doc) });
  const ruleY = doc.y + 2;
  doc
    .moveTo(contentLeft(doc), ruleY)
    .lineTo(contentLeft(doc) + contentWidth(doc), ruleY)
    .lineWidth(0.75)
    .strokeColor(COLOR.rule)
    .stroke();
  doc.y = ruleY + 7;
}

export function paragraph(doc: Doc, text: string, size = 8.5, color: string = COLOR.muted): void {
  style(doc, FONT.regular, size, color);
  ensureSpace(doc, doc.heightOfString(text, { width: contentWidth(doc) }) + 2);
  doc.text(text, contentLeft(doc), doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.y += 4;
}

/**
 * A row of labelled lines to sign on (name, signature, date…) under a heading: the printed copy
 * is signed by hand. `gap` is the space between the lines.
 */
export function signatureLines(doc: Doc, title: string, keep: number, fields: readonly string[], gap: number): void {
  heading(doc, title, keep);
  const left = contentLeft(doc);
  const y = doc.y + 18;
  const w = (contentWidth(doc) - (fields.length - 1) * gap) / fields.length;
  fields.forEach((label, index) => {
    const x = left + index * (w + gap);
    doc
      .moveTo(x, y)
      .lineTo(x + w, y)
      .lineWidth(0.6)
      .strokeColor(COLOR.muted)
      .stroke();
    style(doc, FONT.regular, 7.5, COLOR.muted).text(label, x, y + 4, { width: w, lineBreak: false });
  });
  doc.x = left;
  doc.y = y + 20;
}

/**
 * Page furniture on every page once the content is laid out (the total is known only then):
 * a running title from page 2, and a footer with the range, the generation time and "page n of N".
 */
export function decoratePages(doc: Doc, footer: { left: string; right: string }, runningTitle: string): void {
  const pages = doc.bufferedPageRange();
  for (let index = 0; index < pages.count; index += 1) {
    doc.switchToPage(pages.start + index);
    // Writing in the margin would make pdfkit start a new page; lift the margin while we do.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const left = contentLeft(doc);
    const width = contentWidth(doc);
    const footY = doc.page.height - PAGE.margin.bottom + 22;
    doc
      .moveTo(left, footY - 6)
      .lineTo(left + width, footY - 6)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    style(doc, FONT.regular, 7.5, COLOR.muted);
    doc.text(footer.left, left, footY, { width: width * 0.7, lineBreak: false });
    doc.text(`Page ${index + 1} of ${pages.count}`, left + width * 0.7, footY, {
      width: width * 0.3,
      align: 'right',
      lineBreak: false,
    });
    doc.text(footer.right, left, footY + 10, { width, lineBreak: false });
    if (index > 0) {
      style(doc, FONT.regular, 7.5, COLOR.faint);
      doc.text(runningTitle, left, PAGE.margin.top - 26, { width, align: 'right', lineBreak: false });
    }
    doc.page.margins.bottom = bottom;
  }
}
