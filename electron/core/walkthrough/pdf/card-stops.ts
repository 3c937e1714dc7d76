import type { Floor } from '../../../../shared/domain/site.js';
import type { WalkthroughPlan, WalkthroughStop } from '../../../../shared/domain/walkthrough.js';
import { contentLeft, contentWidth, ensureSpace, heading, style, type Doc } from '../../reports/pdf/pdf-page.js';
import { COLOR, FONT } from '../../reports/pdf/pdf-style.js';

const BOX = 11;
const TEXT_INDENT = 40;

const floorName = (floors: ReadonlyMap<string, Floor>, id: string): string => floors.get(id)?.name ?? `floor ${id}`;

/** "Stair A from Ground floor to First floor", the part of the way a card reader might not guess. */
function wayText(stop: WalkthroughStop, floors: ReadonlyMap<string, Floor>): string | null {
  if (!stop.leg || stop.leg.rides.length === 0)
    return stop.leg?.assumed ? 'no stairs or lift known: find a way up' : null;
  return stop.leg.rides
    .map((ride) => `${ride.name} from ${floorName(floors, ride.fromFloorId)} to ${floorName(floors, ride.toFloorId)}`)
    .join(', then ');
}

function stopLines(stop: WalkthroughStop, floors: ReadonlyMap<string, Floor>): { where: string; way: string | null } {
  const where =
    stop.floorId === null || stop.x === null || stop.y === null
      ? `${stop.deviceId} - not placed on any plan: find it and place it`
      : `${stop.deviceId} - ${floorName(floors, stop.floorId)}, ${stop.x.toFixed(1)} m across, ${stop.y.toFixed(1)} m down`;
  return { where, way: wayText(stop, floors) };
}

/** Every stop in walking order: a box to tick, what and where it is, why it is on the route, and the way there. */
export function stopsSection(doc: Doc, plan: WalkthroughPlan, floors: ReadonlyMap<string, Floor>): void {
  heading(doc, plan.goal === 'patrol' ? 'Checkpoints in walking order' : 'Stops in walking order', 50);
  if (plan.stops.length === 0) {
    style(doc, FONT.italic, 9, COLOR.muted).text('Nothing needs a visit.', contentLeft(doc), doc.y);
    return;
  }
  const left = contentLeft(doc);
  const width = contentWidth(doc) - TEXT_INDENT;
  for (const stop of plan.stops) {
    const { where, way } = stopLines(stop, floors);
    const reasons = stop.reasons.map((reason) => `- ${reason.text}`);
    const lines = [where, ...reasons, ...(way ? [`Way: ${way}`] : [])];
    style(doc, FONT.regular, 8.5);
    const height = 14 + lines.reduce((sum, line) => sum + doc.heightOfString(line, { width }) + 1.5, 0);
    ensureSpace(doc, height + 6);
    const top = doc.y;
    doc
      .rect(left, top + 1, BOX, BOX)
      .lineWidth(0.8)
      .strokeColor(COLOR.ink)
      .stroke();
    style(doc, FONT.bold, 10).text(`${stop.order}.`, left + 16, top, { width: 22, lineBreak: false });
    style(doc, FONT.bold, 10).text(stop.name, left + TEXT_INDENT, top, { width });
    doc.y += 1;
    style(doc, FONT.regular, 8.5, COLOR.muted).text(where, left + TEXT_INDENT, doc.y, { width });
    for (const reason of reasons) style(doc, FONT.regular, 8.5).text(reason, left + TEXT_INDENT, doc.y, { width });
    if (way) style(doc, FONT.italic, 8.5, COLOR.muted).text(`Way: ${way}`, left + TEXT_INDENT, doc.y, { width });
    doc
      .moveTo(left, doc.y + 4)
      .lineTo(left + contentWidth(doc), doc.y + 4)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.y += 9;
  }
}
