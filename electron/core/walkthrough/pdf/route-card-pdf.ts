import PDFDocument from 'pdfkit';
import { siteFloors, type Site } from '../../../../shared/domain/site.js';
import { distanceText, durationText, type WalkthroughPlan } from '../../../../shared/domain/walkthrough.js';
import {
  contentLeft,
  contentWidth,
  decoratePages,
  heading,
  paragraph,
  signatureLines,
  style,
  type Doc,
} from '../../reports/pdf/pdf-page.js';
import { COLOR, FONT, PAGE } from '../../reports/pdf/pdf-style.js';
import { winAnsiDeep } from '../../reports/pdf/winansi-text.js';
import { shortSiteTime } from '../reason-words.js';
import { stopsSection } from './card-stops.js';
import { floorSketch } from './floor-sketch.js';

function titleBlock(doc: Doc, plan: WalkthroughPlan, floorNames: string): void {
  const tz = plan.site.timezone;
  style(doc, FONT.bold, 18, COLOR.accent).text('Walkthrough route card', contentLeft(doc), PAGE.margin.top);
  style(doc, FONT.bold, 11).text(plan.site.name);
  const what =
    plan.goal === 'patrol'
      ? `Patrol of ${floorNames}`
      : `Inspection of ${floorNames}: devices that needed attention in the last ${plan.days} days ` +
        `(${shortSiteTime(plan.window.from, tz)} to ${shortSiteTime(plan.window.to, tz)}, ${tz})`;
  style(doc, FONT.regular, 9, COLOR.muted).text(what, { width: contentWidth(doc) });
  doc.y += 6;
  const routed = plan.stops.filter((stop) => stop.floorId !== null).length;
  const from = plan.start ? `from the ${plan.start.label}` : 'from the first stop';
  style(doc, FONT.bold, 10).text(
    `${routed} stops ${from} - ${distanceText(plan.totalDistanceM)} walked - about ${durationText(plan.estimatedDurationS)}`,
  );
  style(doc, FONT.regular, 8, COLOR.muted).text(
    `Estimate: straight-line walking at ${plan.walkingSpeedMps} m/s, stairs and lifts at their stated times, ` +
      `${plan.dwellS} s at each stop. Tick each box when the stop is done; note what you found beside it.`,
    { width: contentWidth(doc) },
  );
  for (const warning of plan.warnings) paragraph(doc, `Note: ${warning}.`, 8.5, COLOR.warn);
}

function signOff(doc: Doc): void {
  signatureLines(doc, 'Walked by', 50, ['Name', 'Date', 'Finished at', 'Signature'], 14);
}

/** The printable route card: the stops with a box to tick and their reasons, a sketch per floor, a sign-off. */
export function routeCardPdf(plan: WalkthroughPlan, site: Site): Promise<Buffer> {
  const printable = winAnsiDeep(plan);
  const printableSite = winAnsiDeep(site);
  const floors = new Map(siteFloors(printableSite).map((floor) => [floor.id, floor]));
  const floorNames = printable.floorIds.map((id) => floors.get(id)?.name ?? id).join(', ');
  const doc: Doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    bufferPages: true,
    info: {
      Title: `Walkthrough route card, ${printable.site.name}`,
      Author: 'Watchfloor',
      Subject: `${printable.goal} walkthrough`,
      CreationDate: new Date(printable.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  titleBlock(doc, printable, floorNames);
  stopsSection(doc, printable, floors);
  const walked = new Set(printable.stops.flatMap((stop) => stop.leg?.path.map((point) => point.floorId) ?? []));
  const sketched = printable.floorIds.flatMap((id) => {
    const floor = floors.get(id);
    return floor && walked.has(id) ? [floor] : [];
  });
  if (sketched.length > 0) heading(doc, 'Route by floor', 120);
  for (const floor of sketched) floorSketch(doc, printable, printableSite, floor);
  signOff(doc);
  const tz = printable.site.timezone;
  decoratePages(
    doc,
    {
      left: `${printable.site.name}  |  Walkthrough route card`,
      right: `Planned ${shortSiteTime(printable.generatedAt, tz)} (${tz}) by Watchfloor`,
    },
    `${printable.site.name}  |  Walkthrough`,
  );
  doc.end();
  return done;
}
