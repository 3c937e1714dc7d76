import type { Floor, Site } from '../../../../shared/domain/site.js';
import { floorSegments, type WalkthroughPlan } from '../../../../shared/domain/walkthrough.js';
import { contentLeft, contentWidth, ensureSpace, style, type Doc } from '../../reports/pdf/pdf-page.js';
import { COLOR, FONT } from '../../reports/pdf/pdf-style.js';

/** A sketch is never taller than this, so two fit on a page with their titles. */
const MAX_SKETCH_HEIGHT = 300;
const ROUTE_COLOR = '#c0392b';

/**
 * One floor to scale: its outline, zone outlines, stairs and lifts, the route in red, and numbered
 * stops. Not the floorplan itself (the card must print on any printer), but enough to follow.
 */
export function floorSketch(doc: Doc, plan: WalkthroughPlan, site: Site, floor: Floor): void {
  const width = contentWidth(doc);
  const scale = Math.min(width / floor.widthM, MAX_SKETCH_HEIGHT / floor.heightM);
  const height = floor.heightM * scale;
  ensureSpace(doc, height + 30);
  style(doc, FONT.bold, 10, COLOR.accent).text(floor.name, contentLeft(doc), doc.y);
  const [left, top] = [contentLeft(doc), doc.y + 4];
  const at = (point: { x: number; y: number }) => [left + point.x * scale, top + point.y * scale] as const;

  doc
    .rect(left, top, floor.widthM * scale, height)
    .lineWidth(0.8)
    .strokeColor(COLOR.muted)
    .stroke();
  for (const zone of site.zones.filter((z) => z.floorId === floor.id && z.polygon)) {
    const [first, ...rest] = (zone.polygon ?? []).map(([x, y]) => at({ x, y }));
    if (!first) continue;
    doc.moveTo(...first);
    for (const corner of rest) doc.lineTo(...corner);
    doc.closePath().lineWidth(0.3).strokeColor(COLOR.rule).stroke();
  }
  for (const connector of site.connectors ?? []) {
    const stop = connector.stops.find((s) => s.floorId === floor.id);
    if (!stop) continue;
    const [x, y] = at(stop);
    doc
      .rect(x - 4, y - 4, 8, 8)
      .fillColor(COLOR.band)
      .fill();
    style(doc, FONT.regular, 6, COLOR.muted).text(connector.name, x + 5, y - 3, { lineBreak: false });
  }
  for (const [from, to] of floorSegments(plan, floor.id))
    doc
      .moveTo(...at(from))
      .lineTo(...at(to))
      .lineWidth(1.2)
      .strokeColor(ROUTE_COLOR)
      .stroke();
  if (plan.start?.floorId === floor.id) {
    const [x, y] = at(plan.start);
    doc
      .rect(x - 5, y - 5, 10, 10)
      .fillColor(COLOR.accent)
      .fill();
    style(doc, FONT.bold, 7, COLOR.accent).text('Start', x + 7, y - 3, { lineBreak: false });
  }
  for (const stop of plan.stops) {
    if (stop.floorId !== floor.id || stop.x === null || stop.y === null) continue;
    const [x, y] = at({ x: stop.x, y: stop.y });
    doc.circle(x, y, 6).fillColor('#ffffff').fill();
    doc.circle(x, y, 6).lineWidth(1).strokeColor(ROUTE_COLOR).stroke();
    style(doc, FONT.bold, 6.5, COLOR.ink).text(String(stop.order), x - 6, y - 2.6, {
      width: 12,
      align: 'center',
      lineBreak: false,
    });
  }
  doc.x = left;
  doc.y = top + height + 12;
}
