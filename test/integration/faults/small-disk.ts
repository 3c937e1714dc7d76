import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir.js';

export type SmallDisk = {
  path: string;
  /** Writes a filler file until the disk says ENOSPC; returns the bytes it took. */
  fill(): number;
  /** Deletes the filler file: space is back. */
  free(): void;
  unmount(): void;
};

const FILL_CHUNK = Buffer.alloc(64 * 1024, 0x5a);

/**
 * A real, small filesystem (tmpfs with a size limit) for the database: "disk full" and "read-only"
 * are then what the kernel says, not a mock. Needs root and mount(8), as in our containers and CI;
 * without them this fails, it does not skip.
 */
export function mountSmallDisk(sizeMb: number): SmallDisk {
  const dir = tempDir('small-disk');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'watchfloor-test', dir.path], { stdio: 'pipe' });
  } catch (error) {
    dir.remove();
    throw new Error(`cannot mount a ${sizeMb} MB tmpfs (these tests need root and mount): ${(error as Error).message}`);
  }
  const filler = join(dir.path, 'filler.bin');
  return {
    path: dir.path,
    fill: () => {
      const fd = openSync(filler, 'a');
      let bytes = 0;
      try {
        for (;;) bytes += writeSync(fd, FILL_CHUNK);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
      return bytes;
    },
    free: () => rmSync(filler, { force: true }),
    unmount: () => {
      execFileSync('umount', ['-l', dir.path], { stdio: 'pipe' });
      dir.remove();
    },
  };
}
