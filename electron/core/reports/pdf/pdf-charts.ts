import type { HourBucket, PriorityCount } from '../shift-report.js';
import { localParts } from '../site-time.js';
import { contentBottom, contentLeft, contentWidth, ensureSpace, style, type Doc } from './pdf-page.js';
import { COLOR, FONT, PAGE, PRIORITY_COLOR } from './pdf-style.js';

type Box = { x: number; y: number; width: number; height: number };

function chartTitle(doc: Doc, title: string, box: Box): number {
  style(doc, FONT.bold, 8.5, COLOR.ink).text(title, box.x, box.y, { width: box.width, lineBreak: false });
  return box.y + 16;
}

/** Horizontal bars, one per priority, in the priority colours the desk uses. */
export function priorityBars(doc: Doc, counts: readonly PriorityCount[], box: Box): void {
  const top = chartTitle(doc, 'Alarms by priority', box);
  const max = Math.max(1, ...counts.map((c) => c.alarms));
  const labelW = 22;
  const valueW = 28;
  const rowH = Math.min(20, (box.y + box.height - top) / Math.max(1, counts.length));
  counts.forEach((count, index) => {
    const y = top + index * rowH;
    style(doc, FONT.bold, 8, COLOR.ink).text(`P${count.priority}`, box.x, y + rowH / 2 - 4, {
      width: labelW,
      lineBreak: false,
    });
    const barMax = box.width - labelW - valueW;
    doc
      .rect(box.x + labelW, y + 3, barMax, rowH - 6)
      .fillColor(COLOR.zebra)
      .fill();
    const w = (count.alarms / max) * barMax;
    if (w > 0)
      doc
        .rect(box.x + labelW, y + 3, w, rowH - 6)
        .fillColor(PRIORITY_COLOR[count.priority])
        .fill();
    style(doc, FONT.regular, 8, COLOR.ink).text(String(count.alarms), box.x + labelW + barMax + 4, y + rowH / 2 - 4, {
      width: valueW - 4,
      align: 'right',
      lineBreak: false,
    });
  });
}

type Column = { label: string; alarms: number };

/** More than two days of hours would be hairlines; past that the chart shows local days. */
function columnsOf(buckets: readonly HourBucket[], timezone: string): { columns: Column[]; unit: string } {
  if (buckets.length <= 48)
    return { columns: buckets.map((b) => ({ label: b.label.slice(0, 2), alarms: b.alarms })), unit: 'hour' };
  const days = new Map<string, number>();
  for (const bucket of buckets) {
    const { day, month } = localParts(bucket.start, timezone);
    const key = `${day}/${month}`;
    days.set(key, (days.get(key) ?? 0) + bucket.alarms);
  }
  return { columns: [...days].map(([label, alarms]) => ({ label, alarms })), unit: 'day' };
}

/** Alarms per local hour (or day) of the range: where the busy part of the shift was. */
export function timeColumns(doc: Doc, buckets: readonly HourBucket[], timezone: string, box: Box): void {
  const { columns, unit } = columnsOf(buckets, timezone);
  const top = chartTitle(doc, `Alarms by ${unit} (site time)`, box);
  const axisW = 18;
  const plot = { x: box.x + axisW, y: top + 4, width: box.width - axisW, height: box.y + box.height - top - 18 };
  const max = Math.max(1, ...columns.map((c) => c.alarms));
  const ceiling = max <= 4 ? max : Math.ceil(max / 4) * 4;

  for (const step of [0, 0.5, 1]) {
    const y = plot.y + plot.height - step * plot.height;
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    const value = ceiling * step;
    if (step === 0 || Number.isInteger(value))
      style(doc, FONT.regular, 6.5, COLOR.muted).text(String(value), box.x, y - 3, {
        width: axisW - 3,
        align: 'right',
        lineBreak: false,
      });
  }
  const slot = plot.width / Math.max(1, columns.length);
  const every = Math.ceil(columns.length / 16);
  columns.forEach((column, index) => {
    const h = (column.alarms / ceiling) * plot.height;
    const x = plot.x + index * slot;
    if (h > 0)
      doc
        .rect(x + slot * 0.15, plot.y + plot.height - h, slot * 0.7, h)
        .fillColor(COLOR.bar)
        .fill();
    if (index % every === 0)
      style(doc, FONT.regular, 6.5, COLOR.muted).text(column.label, x - 6, plot.y + plot.height + 3, {
        width: slot + 12,
        align: 'center',
        lineBreak: false,
      });
  });
}

export type RankedRow = { label: string; value: number; note?: string };

/** A ranked list drawn as bars across the page: conditions, zones, dispositions. */
export function rankedBars(doc: Doc, rows: readonly RankedRow[]): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const labelW = width * 0.34;
  const valueW = 70;
  const barMax = width - labelW - valueW;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const rowH = 14;
  ensureSpace(doc, rowH * Math.min(rows.length, 3));
  for (const row of rows) {
    if (doc.y + rowH > contentBottom(doc)) {
      doc.addPage();
      doc.y = PAGE.margin.top;
    }
    const y = doc.y;
    style(doc, FONT.regular, 8, COLOR.ink).text(row.label, left, y + 3, {
      width: labelW - 6,
      lineBreak: false,
      ellipsis: true,
    });
    const w = (row.value / max) * barMax;
    if (w > 0)
      doc
        .rect(left + labelW, y + 3, w, rowH - 6)
        .fillColor(COLOR.bar)
        .fill();
    style(doc, FONT.regular, 8, COLOR.ink).text(
      row.note ? `${row.value}  ${row.note}` : String(row.value),
      left + labelW + w + 4,
      y + 3,
      { width: valueW + barMax - w - 4, lineBreak: false },
    );
    doc.y = y + rowH;
  }
  doc.y += 6;
}
