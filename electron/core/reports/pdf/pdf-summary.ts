import { duration, percent, thousands } from '../report-words.js';
import type { ShiftReport } from '../shift-report.js';
import { formatDateTime, formatOffset, zoneOffsetMs } from '../site-time.js';
import { priorityBars, timeColumns } from './pdf-charts.js';
import { contentLeft, contentWidth, style, type Doc } from './pdf-page.js';
import { COLOR, FONT } from './pdf-style.js';

export function rangeWords(report: ShiftReport): string {
  const { from, to, timezone } = report.range;
  const at = (t: number) => `${formatDateTime(t, timezone)} (UTC${formatOffset(zoneOffsetMs(t, timezone))})`;
  return `${at(from)} to ${at(to)}, ${timezone}`;
}

/** Title, site and range: what this document is, readable from across the desk. */
export function titleBlock(doc: Doc, report: ShiftReport): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  // No letter spacing: pdf.js and copy-paste would read it as "W A T C H…".
  style(doc, FONT.bold, 8, COLOR.accent).text('WATCHFLOOR  |  SECURITY OPERATIONS', left, doc.y, { width });
  doc.y += 4;
  style(doc, FONT.bold, 22, COLOR.ink).text('Shift report', left, doc.y, { width });
  style(doc, FONT.regular, 13, COLOR.ink).text(report.site?.name ?? 'Site not given', left, doc.y + 2, { width });
  doc.y += 4;
  style(doc, FONT.regular, 9, COLOR.muted).text(rangeWords(report), left, doc.y, { width });
  const siteId = report.site ? `Site id ${report.site.id}. ` : '';
  doc.text(
    `${siteId}Generated ${formatDateTime(report.generatedAt, report.range.timezone)} from the console's event and action logs.`,
    left,
    doc.y + 1,
    { width },
  );
  doc.y += 12;
}

type Tile = { value: string; label: string; color?: string };

function tiles(report: ShiftReport): Tile[] {
  const { summary, kpis } = report;
  return [
    { value: thousands(summary.alarmsRaised), label: 'Alarms raised' },
    { value: thousands(summary.resolved), label: 'Resolved in range' },
    {
      value: thousands(summary.openAtEnd),
      label: `Open at end (${summary.unacknowledgedAtEnd} unacknowledged)`,
      ...(summary.openAtEnd > 0 ? { color: COLOR.warn } : {}),
    },
    {
      value: thousands(summary.escalations),
      label: 'Escalations',
      ...(summary.escalations > 0 ? { color: COLOR.bad } : {}),
    },
    { value: thousands(summary.notes), label: 'Guard notes' },
    { value: thousands(summary.eventsStored), label: 'Device events stored' },
    {
      value: duration(kpis.flood.totalS),
      label: 'Alarm flood time (ISA-18.2)',
      ...(kpis.flood.totalS > 0 ? { color: COLOR.bad } : {}),
    },
    { value: percent(kpis.falseAlarms.rate), label: `False alarms (of ${kpis.falseAlarms.resolved} resolved)` },
  ];
}

/** Eight figures in two rows of boxes: the page a manager reads when they read nothing else. */
export function summaryTiles(doc: Doc, report: ShiftReport): void {
  const left = contentLeft(doc);
  const gap = 8;
  const perRow = 4;
  const w = (contentWidth(doc) - gap * (perRow - 1)) / perRow;
  const h = 46;
  // Every text call moves doc.y; positions come from where the tiles start, not from doc.y.
  const top = doc.y;
  tiles(report).forEach((tile, index) => {
    const x = left + (index % perRow) * (w + gap);
    const y = top + Math.floor(index / perRow) * (h + gap);
    doc.roundedRect(x, y, w, h, 3).fillColor(COLOR.band).fill();
    style(doc, FONT.bold, 17, tile.color ?? COLOR.ink).text(tile.value, x + 8, y + 7, {
      width: w - 16,
      lineBreak: false,
    });
    style(doc, FONT.regular, 7.5, COLOR.muted).text(tile.label, x + 8, y + 29, {
      width: w - 16,
      lineBreak: false,
      ellipsis: true,
    });
  });
  doc.y = top + 2 * h + gap + 14;
}

/** The two charts side by side: priority mix, and when in the shift the alarms came. */
export function chartsRow(doc: Doc, report: ShiftReport): void {
  const left = contentLeft(doc);
  const width = contentWidth(doc);
  const y = doc.y;
  const height = 110;
  priorityBars(doc, report.kpis.byPriority, { x: left, y, width: width * 0.32, height });
  timeColumns(doc, report.kpis.alarmsByHour, report.range.timezone, {
    x: left + width * 0.38,
    y,
    width: width * 0.62,
    height,
  });
  doc.x = left;
  doc.y = y + height + 10;
}
