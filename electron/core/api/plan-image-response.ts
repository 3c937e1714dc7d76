import type { ServerResponse } from 'node:http';
import type { PlanImage } from '../store/plan-images.js';
import { SECURITY_HEADERS, sendError } from './respond.js';

/**
 * Plans are shown as images, where an SVG runs no script; opened as a document, this policy still
 * forbids script, plug-ins and forms, and sandboxes the page into an opaque origin. SVGs with
 * script were refused on upload too (site/plan-sniff.ts): two locks, one per way of opening.
 */
export const PLAN_IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/** A stored plan; its URL names its content, so it never changes and may be cached for good. */
export function sendPlanImage(response: ServerResponse, image: PlanImage | undefined, headOnly: boolean): void {
  if (!image) return sendError(response, 404, 'no such plan image');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': PLAN_IMAGE_POLICY,
    'Content-Type': image.mime,
    'Content-Length': image.bytes.length,
    'Cache-Control': 'private, max-age=31536000, immutable',
  });
  response.end(headOnly ? undefined : image.bytes);
}
