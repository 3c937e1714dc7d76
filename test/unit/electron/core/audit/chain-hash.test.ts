import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../../electron/core/audit/canonical-json.js';
import { GENESIS_HASH, rowHash, type ChainRow } from '../../../../../electron/core/audit/chain-hash.js';

const row: Omit<ChainRow, 'hash'> = {
  seq: 1,
  at: 1763700000000,
  operator: 'anna',
  seat: 'desk-1',
  action: 'note',
  alarmId: 7,
  incidentId: null,
  deviceId: 'door-3',
  detail: '{"text":"Zo\u00eb checked the door \u2713"}',
  prevHash: GENESIS_HASH,
};

describe('rowHash', () => {
  it('matches a fixed vector, computed outside Watchfloor (printf … | sha256sum)', () => {
    // Changing this value invalidates every action log ever written: a new algorithm needs a new version.
    expect(rowHash(row)).toBe('53fdca202a7c73e2b5ae13fdf0fc1dc14943238dbbcec6e37ff8520070037294');
  });

  it('is SHA-256 of the canonical JSON array of the fields, prevHash last', () => {
    const { seq, at, operator, seat, action, alarmId, incidentId, deviceId, detail, prevHash } = row;
    const preimage = canonicalJson([
      seq,
      at,
      operator,
      seat,
      action,
      alarmId,
      incidentId,
      deviceId,
      JSON.parse(detail),
      prevHash,
    ]);
    expect(preimage).toBe(
      `[1,1763700000000,"anna","desk-1","note",7,null,"door-3",{"text":"Zo\u00eb checked the door \u2713"},"${'0'.repeat(64)}"]`,
    );
    expect(rowHash(row)).toBe(createHash('sha256').update(preimage).digest('hex'));
  });

  it('changes when any field changes, including which field a value sits in', () => {
    const base = rowHash(row);
    const variants: Omit<ChainRow, 'hash'>[] = [
      { ...row, seq: 2 },
      { ...row, at: row.at + 1 },
      { ...row, operator: 'ben' },
      { ...row, seat: 'desk-2' },
      { ...row, action: 'acknowledge' },
      { ...row, alarmId: null },
      { ...row, incidentId: 7, alarmId: null },
      { ...row, deviceId: null },
      { ...row, detail: '{"text":"Zoe checked the door \u2713"}' },
      { ...row, prevHash: 'f'.repeat(64) },
      // The same characters moved across a field boundary must not collide.
      { ...row, operator: 'anna","desk', seat: '1' },
    ];
    const hashes = new Set([base, ...variants.map(rowHash)]);
    expect(hashes.size).toBe(variants.length + 1);
  });
});
