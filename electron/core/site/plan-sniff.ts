import type { PlanMime } from '../../../shared/site-editing/plan-address.js';

/** A floorplan larger than this is refused: a detailed PNG of a large floor is a few megabytes. */
export const MAX_PLAN_IMAGE_BYTES = 10 * 1024 * 1024;

export type SniffedPlan = { ok: true; mime: PlanMime } | { ok: false; error: string };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);

/** Before the root element an SVG may have an XML declaration, comments and a DOCTYPE without an internal subset. */
const SVG_ROOT = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^[>]*>)*<svg[\s>/]/i;

/**
 * What would let an SVG do more than draw: script, event handlers, javascript: links, embedded
 * HTML, entity definitions. A plan is a drawing; such files are refused rather than cleaned.
 */
const SVG_ACTIVE_CONTENT: readonly [RegExp, string][] = [
  [/<script[\s>/]/i, 'a <script> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
  [/javascript\s*:/i, 'a javascript: link'],
  [/<foreignObject[\s>/]/i, 'a <foreignObject> (embedded HTML)'],
  [/<(?:iframe|embed|object)[\s>/]/i, 'an embedded document'],
  [/<!ENTITY/i, 'an entity definition'],
];

function sniffSvg(bytes: Uint8Array): SniffedPlan | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (!SVG_ROOT.test(text)) return null;
  const active = SVG_ACTIVE_CONTENT.find(([pattern]) => pattern.test(text));
  if (active) return { ok: false, error: `the SVG contains ${active[1]}; floorplans must be plain drawings` };
  return { ok: true, mime: 'image/svg+xml' };
}

/** The plan's type from its bytes (PNG, JPEG or SVG), whatever its name or declared type says. */
export function sniffPlanImage(bytes: Uint8Array): SniffedPlan {
  if (bytes.length === 0) return { ok: false, error: 'the image is empty' };
  if (bytes.length > MAX_PLAN_IMAGE_BYTES)
    return { ok: false, error: `the image is larger than ${MAX_PLAN_IMAGE_BYTES} bytes` };
  if (startsWith(bytes, PNG_MAGIC)) return { ok: true, mime: 'image/png' };
  if (startsWith(bytes, JPEG_MAGIC)) return { ok: true, mime: 'image/jpeg' };
  return sniffSvg(bytes) ?? { ok: false, error: 'the image is not a PNG, JPEG or SVG file' };
}
