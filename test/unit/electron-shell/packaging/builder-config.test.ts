import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ico, png } from '../../../../build/icons/make-icons.js';
import { resourcePaths } from '../../../../electron/shell/desktop/resource-paths.js';

const root = new URL('../../../../', import.meta.url);
const builder = readFileSync(new URL('electron-builder.yml', root), 'utf8');

/** Lines of the YAML without comments, so a commented-out setting does not count. */
const settings = builder
  .split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, ''))
  .join('\n');

describe('electron-builder.yml', () => {
  it('never lets electron-builder rebuild native modules (it would overwrite the Node-ABI build the tests use)', () => {
    expect(settings).toMatch(/^npmRebuild: false$/m);
    expect(settings).toMatch(/^nodeGypRebuild: false$/m);
    expect(settings).toMatch(/^buildDependenciesFromSource: false$/m);
  });

  it('ships the Electron SQLite binding and the icons where resourcePaths() looks for them', () => {
    const packaged = resourcePaths({ isPackaged: true, resourcesPath: '/R', appPath: '/R/app.asar' });
    expect(packaged.sqliteBinding).toBe('/R/native/better_sqlite3.node');
    expect(settings).toContain('- from: native/electron/better_sqlite3.node\n    to: native/better_sqlite3.node');
    expect(packaged.trayIcon).toBe('/R/icons/tray.png');
    expect(settings).toMatch(/- from: build\/icons\n {4}to: icons\n {4}filter:\n(?: {6}- .+\n)*? {6}- tray\.png/);
  });

  it('starts the compiled main and packs only build output, the demo site and package.json', () => {
    expect(settings).toContain('extraMetadata:\n  main: dist/electron/main.js');
    const files = /^files:\n((?: {2}- .+\n)+)/m.exec(settings)?.[1] ?? '';
    const included = files
      .split('\n')
      .map((line) => line.replace(/^ {2}- /, '').replace(/^'|'$/g, ''))
      .filter((entry) => entry !== '' && !entry.startsWith('!'));
    expect(included).toEqual(['package.json', 'dist/**/*', 'fixtures/sites/**/*']);
  });

  it('turns off the fuses that would make the app a Node runtime', () => {
    expect(settings).toMatch(/^ {2}runAsNode: false$/m);
    expect(settings).toMatch(/^ {2}enableNodeOptionsEnvironmentVariable: false$/m);
    expect(settings).toMatch(/^ {2}onlyLoadAppFromAsar: true$/m);
  });
});

/** Reads a PNG back: signature, IHDR and every chunk CRC, and the pixel data inflates to the right size. */
function readPng(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    chunks.push({ type, data });
    offset += 12 + length;
  }
  const header = chunks[0]?.data ?? Buffer.alloc(0);
  const idat = Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data));
  return {
    types: chunks.map((chunk) => chunk.type),
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    raw: inflateSync(idat),
  };
}

describe('icons', () => {
  it('draws a valid RGBA PNG of the requested size', () => {
    const image = readPng(png(32));
    expect(image.types).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([image.width, image.height]).toEqual([32, 32]);
    expect(image.raw.length).toBe(32 * (32 * 4 + 1));
  });

  it('matches the committed 512 px icon', () => {
    expect(png(512).equals(readFileSync(new URL('build/icons/icon.png', root)))).toBe(true);
  });

  it('packs PNG images into an ICO directory', () => {
    const file = ico([256, 16]);
    expect(file.readUInt16LE(2)).toBe(1);
    expect(file.readUInt16LE(4)).toBe(2);
    expect(file[6]).toBe(0); // 256 is written as 0
    expect(file[22]).toBe(16);
  });
});
