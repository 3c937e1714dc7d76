import PDFDocument from 'pdfkit';
import type { ShiftReport } from '../shift-report.js';
import { formatDateTime } from '../site-time.js';
import { alarmListSection, otherActionsSection } from './pdf-alarm-list.js';
import {
  breakdownSection,
  devicesSection,
  floodSection,
  responseSection,
  serviceSection,
  shelvedSection,
} from './pdf-kpi-sections.js';
import { decoratePages, heading, paragraph, signatureLines, type Doc } from './pdf-page.js';
import { PAGE } from './pdf-style.js';
import { chartsRow, summaryTiles, titleBlock } from './pdf-summary.js';
import { winAnsiDeep } from './winansi-text.js';
import { patrolsSection } from './pdf-patrols.js';
import { guardLoggedIncidentsSection, handoversSection } from './pdf-guard-log.js';
import { drillsSection } from './pdf-drills.js';

function readingNotes(doc: Doc): void {
  heading(doc, 'How to read this report', 40);
  paragraph(
    doc,
    'The range includes its start and excludes its end. Alarms are those raised in the range; what happened to ' +
      'them after the end is shown and marked, but counts as not done within the range. Escalations and notes count ' +
      'log rows written in the range, whichever alarm they concern. Flood time is the time during which more than ' +
      '10 alarms had been raised in the preceding 10 minutes, alarms raised just before the range included. ' +
      'The false-alarm rate is the share of the alarms resolved in the range that were false (equipment or user error). ' +
      'Characters the PDF fonts cannot show (emoji, non-Latin scripts) are printed as "?"; the CSV and JSON exports ' +
      'keep the original text. Source: the console database; the guard action log is hash-chained and can be ' +
      'checked with "watchfloor audit verify".',
  );
}

/** Where the supervisor signs the printed copy before it goes to management, an insurer or the police. */
function signOff(doc: Doc): void {
  signatureLines(doc, 'Review and sign-off', 70, ['Reviewed by (name)', 'Signature', 'Date'], 16);
}

/** The report as a printable A4 PDF with extractable text (standard fonts, vector charts). */
export function reportPdf(report: ShiftReport): Promise<Buffer> {
  const printable = winAnsiDeep(report);
  const tz = printable.range.timezone;
  const siteName = printable.site?.name ?? 'Site not given';
  const range = `${formatDateTime(printable.range.from, tz)} to ${formatDateTime(printable.range.to, tz)}`;
  const doc: Doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    bufferPages: true,
    info: {
      Title: `Shift report, ${siteName}, ${range}`,
      Author: 'Watchfloor',
      Subject: 'Security shift report (daily activity report)',
      CreationDate: new Date(printable.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  titleBlock(doc, printable);
  summaryTiles(doc, printable);
  chartsRow(doc, printable);
  responseSection(doc, printable);
  breakdownSection(doc, printable);
  devicesSection(doc, printable);
  floodSection(doc, printable);
  shelvedSection(doc, printable);
  serviceSection(doc, printable);
  patrolsSection(doc, printable);
  guardLoggedIncidentsSection(doc, printable);
  handoversSection(doc, printable);
  drillsSection(doc, printable);
  alarmListSection(doc, printable);
  otherActionsSection(doc, printable);
  readingNotes(doc);
  signOff(doc);
  decoratePages(
    doc,
    {
      left: `${siteName}  |  Shift report ${range} (${tz})`,
      right: `Generated ${formatDateTime(printable.generatedAt, tz)} by Watchfloor`,
    },
    `${siteName}  |  Shift report`,
  );
  doc.end();
  return done;
}
