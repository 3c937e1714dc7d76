import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_SITE_DIR } from '../../../../../electron/core/package-root.js';
import { MAX_PLAN_IMAGE_BYTES, sniffPlanImage } from '../../../../../electron/core/site/plan-sniff.js';

const text = (value: string) => new TextEncoder().encode(value);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>';

describe('sniffing floorplan images from their bytes', () => {
  it('knows PNG, JPEG and SVG (with a declaration, comment, BOM) whatever they are called', () => {
    expect(sniffPlanImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]))).toEqual({
      ok: true,
      mime: 'image/png',
    });
    expect(sniffPlanImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).toEqual({ ok: true, mime: 'image/jpeg' });
    expect(sniffPlanImage(text(`\uFEFF<?xml version="1.0"?>\n<!-- plan -->\n${SVG}`))).toEqual({
      ok: true,
      mime: 'image/svg+xml',
    });
    expect(sniffPlanImage(readFileSync(join(DEMO_SITE_DIR, 'floors', 'ground.svg')))).toEqual({
      ok: true,
      mime: 'image/svg+xml',
    });
  });

  it('refuses what is not a plan image: HTML, text, empty, too large', () => {
    expect(sniffPlanImage(text('<html><body>hi</body></html>')).ok).toBe(false);
    expect(sniffPlanImage(text('GIF89a')).ok).toBe(false);
    expect(sniffPlanImage(new Uint8Array()).ok).toBe(false);
    const huge = new Uint8Array(MAX_PLAN_IMAGE_BYTES + 1);
    huge.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(sniffPlanImage(huge)).toEqual({
      ok: false,
      error: `the image is larger than ${MAX_PLAN_IMAGE_BYTES} bytes`,
    });
  });

  it.each([
    ['script', '<script>alert(1)</script>'],
    ['handler', '<rect onload="alert(1)" width="1" height="1"/>'],
    ['link', '<a href="javascript:alert(1)"><rect/></a>'],
    ['html', '<foreignObject><div/></foreignObject>'],
  ])('refuses an SVG with active content (%s)', (_name, inner) => {
    const result = sniffPlanImage(text(SVG.replace('<rect', `${inner}<rect`)));
    expect(result.ok).toBe(false);
  });

  it('refuses a DOCTYPE with entity definitions', () => {
    expect(sniffPlanImage(text(`<!DOCTYPE svg [<!ENTITY x "y">]>${SVG}`)).ok).toBe(false);
  });
});
