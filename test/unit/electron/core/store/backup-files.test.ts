import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToPrune } from '../../../../../electron/core/store/backup-files.js';

describe('backup files', () => {
  it('names backups by UTC time so that names sort by age', () => {
    expect(backupFileName(Date.UTC(2026, 10, 21, 3, 12, 9, 120))).toBe('watchfloor-20261121T031209Z.db');
    const names = [Date.UTC(2026, 0, 2), Date.UTC(2025, 11, 31, 23), Date.UTC(2026, 0, 1, 6)].map(backupFileName);
    expect([...names].sort()).toEqual([names[1], names[2], names[0]]);
  });

  it('prunes only the oldest scheduled backups beyond the number kept, never other files', () => {
    const files = [
      'watchfloor-20260103T000000Z.db',
      'watchfloor-20260101T000000Z.db',
      'my-copy.db',
      'watchfloor-20260102T000000Z.db',
      'watchfloor-20260104T000000Z.db.partial',
    ];
    expect(backupsToPrune(files, 2)).toEqual(['watchfloor-20260101T000000Z.db']);
    expect(backupsToPrune(files, 3)).toEqual([]);
    expect(backupsToPrune(files, 1)).toEqual(['watchfloor-20260101T000000Z.db', 'watchfloor-20260102T000000Z.db']);
  });
});
