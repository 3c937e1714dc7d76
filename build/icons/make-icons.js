#!/usr/bin/env node
// Draws the Watchfloor icon (same geometry as icon.svg) into PNG and ICO files with nothing but
// node:zlib, because this machine has no real image tools. Run: node build/icons/make-icons.js
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [16, 23, 34];
const BLUE = [143, 179, 255];
const RED = [255, 90, 79];

/** The design on a 512 × 512 canvas: [signed distance at (x, y) — negative inside, colour], back to front. */
const LAYERS = [
  [(x, y) => roundedSquare(x, y, 256, 256, 224, 96), NAVY],
  [(x, y) => Math.abs(Math.hypot(x - 256, y - 256) - 150) - 16, BLUE],
  [(x, y) => Math.hypot(x - 256, y - 256) - 28, BLUE],
  [(x, y) => Math.hypot(x - 362, y - 150) - 66, NAVY],
  [(x, y) => Math.hypot(x - 362, y - 150) - 48, RED],
];

function roundedSquare(x, y, cx, cy, half, radius) {
  const qx = Math.abs(x - cx) - (half - radius);
  const qy = Math.abs(y - cy) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** RGBA pixels at `size`, 4 × 4 samples per pixel for smooth edges. */
function render(size) {
  const scale = 512 / size;
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) * scale;
          const y = (py + (sy + 0.5) / samples) * scale;
          let colour = null;
          for (const [distance, layerColour] of LAYERS) if (distance(x, y) < 0) colour = layerColour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      // Average colour over covered samples (straight alpha), coverage as alpha.
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function png(size) {
  const pixels = render(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico holding PNG images (supported since Windows Vista), which is what NSIS and the taskbar use. */
export function ico(sizes) {
  const images = sizes.map((size) => png(size));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((image, i) => {
    const entry = Buffer.alloc(16);
    entry[0] = sizes[i] >= 256 ? 0 : sizes[i];
    entry[1] = sizes[i] >= 256 ? 0 : sizes[i];
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(image.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += image.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = new URL('.', import.meta.url);
  writeFileSync(new URL('icon.png', here), png(512));
  writeFileSync(new URL('tray.png', here), png(32));
  writeFileSync(new URL('tray@2x.png', here), png(64));
  writeFileSync(new URL('icon.ico', here), ico([256, 48, 32, 16]));
  console.log('wrote icon.png, tray.png, tray@2x.png, icon.ico');
}
