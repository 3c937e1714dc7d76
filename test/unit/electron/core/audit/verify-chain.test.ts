import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../../electron/core/audit/canonical-json.js';
import { GENESIS_HASH, rowHash, type ChainRow } from '../../../../../electron/core/audit/chain-hash.js';
import { verifyChain } from '../../../../../electron/core/audit/verify-chain.js';

type Fields = Omit<ChainRow, 'seq' | 'prevHash' | 'hash'>;

const fields = (i: number): Fields => ({
  at: 1763700000000 + i * 1000,
  operator: i % 2 ? 'anna' : 'ben',
  seat: 'desk-1',
  action: i === 1 ? 'acknowledge' : 'note',
  alarmId: 7,
  incidentId: null,
  deviceId: 'door-3',
  detail: canonicalJson({ text: `step ${i}` }),
});

/** Rows chained the way the store writes them, continuing from `prevHash` at `firstSeq`. */
function chainFrom(firstSeq: number, prevHash: string, contents: Fields[]): ChainRow[] {
  const rows: ChainRow[] = [];
  for (const [i, content] of contents.entries()) {
    const row = { ...content, seq: firstSeq + i, prevHash: rows.at(-1)?.hash ?? prevHash };
    rows.push({ ...row, hash: rowHash(row) });
  }
  return rows;
}

const chain = (length: number) =>
  chainFrom(
    1,
    GENESIS_HASH,
    Array.from({ length }, (_, i) => fields(i + 1)),
  );

/** Five rows; `row(n)` is the one with seq n. */
function fiveRows() {
  const rows = chain(5);
  const row = (seq: number): ChainRow => {
    const found = rows.find((r) => r.seq === seq);
    if (!found) throw new Error(`no row ${seq}`);
    return found;
  };
  return { rows, row };
}

describe('verifyChain on an untouched log', () => {
  it('accepts an empty log, whose head is the genesis hash', () => {
    expect(verifyChain([])).toEqual({ ok: true, rows: 0, head: GENESIS_HASH });
  });

  it('accepts a chain and reports its length and last hash', () => {
    const { rows, row } = fiveRows();
    expect(verifyChain(rows)).toEqual({ ok: true, rows: 5, head: row(5).hash });
  });

  it('reads the rows one at a time and stops at the first break', () => {
    const { rows } = fiveRows();
    function* stream() {
      yield* rows.slice(0, 2);
      yield { ...rows[2], operator: 'mallory' } as ChainRow;
      throw new Error('read past the first broken row');
    }
    expect(verifyChain(stream())).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });
});

describe('verifyChain on a tampered log names the first broken row', () => {
  it.each([
    ['operator', { operator: 'mallory' }],
    ['time', { at: 1763700000001 }],
    ['action', { action: 'resolve' }],
    ['alarm', { alarmId: 8 }],
    ['incident', { incidentId: 1 }],
    ['device', { deviceId: null }],
    ['detail', { detail: canonicalJson({ text: 'all clear' }) }],
    ['own hash', { hash: 'a'.repeat(64) }],
  ])('an edited %s', (_field, edit: Partial<ChainRow>) => {
    const { rows } = fiveRows();
    const tampered = rows.map((r) => (r.seq === 3 ? { ...r, ...edit } : r));
    const verdict = verifyChain(tampered);
    expect(verdict).toEqual({
      ok: false,
      firstBrokenSeq: 3,
      reason: 'its contents do not match its hash (a field was edited)',
    });
  });

  it('a detail rewritten in a different spelling of the same JSON value', () => {
    const { rows } = fiveRows();
    const tampered = rows.map((r) => (r.seq === 2 ? { ...r, detail: '{ "text": "step 2" }' } : r));
    expect(verifyChain(tampered)).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: /canonical form/ });
  });

  it('a detail that is not JSON at all', () => {
    const { rows } = fiveRows();
    const tampered = rows.map((r) => (r.seq === 2 ? { ...r, detail: '{"text":' } : r));
    expect(verifyChain(tampered)).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: /not canonical JSON/ });
  });

  it('a field given a value no JSON can hold', () => {
    const { rows } = fiveRows();
    const tampered = rows.map((r) => (r.seq === 4 ? { ...r, at: Number.NaN } : r));
    expect(verifyChain(tampered)).toMatchObject({ ok: false, firstBrokenSeq: 4, reason: /cannot be hashed/ });
  });

  it('a deleted middle row', () => {
    const { rows } = fiveRows();
    expect(verifyChain(rows.filter((r) => r.seq !== 3))).toEqual({
      ok: false,
      firstBrokenSeq: 3,
      reason: 'row 3 is missing, the next row is 4 (a row was removed, or rows were renumbered or reordered)',
    });
  });

  it('a deleted first row', () => {
    const { rows } = fiveRows();
    expect(verifyChain(rows.slice(1))).toMatchObject({ ok: false, firstBrokenSeq: 1, reason: /row 1 is missing/ });
  });

  it('a deleted row with the later rows renumbered to close the gap', () => {
    const { rows } = fiveRows();
    const renumbered = rows.filter((r) => r.seq !== 3).map((r) => (r.seq > 3 ? { ...r, seq: r.seq - 1 } : r));
    expect(verifyChain(renumbered)).toEqual({
      ok: false,
      firstBrokenSeq: 3,
      reason: "its previous hash is not row 2's hash (a row before it was removed, replaced or moved)",
    });
  });

  it('rows read out of order', () => {
    const { row } = fiveRows();
    expect(verifyChain([1, 2, 4, 3, 5].map(row))).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('two rows that swapped their seq numbers', () => {
    const { row } = fiveRows();
    const swapped = [row(1), { ...row(4), seq: 2 }, row(3), { ...row(2), seq: 4 }, row(5)];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, firstBrokenSeq: 2, reason: /previous hash/ });
  });

  it('a repeated row', () => {
    const { row } = fiveRows();
    expect(verifyChain([1, 2, 2, 3].map(row))).toEqual({
      ok: false,
      firstBrokenSeq: 3,
      reason: 'row 2 comes after row 2 (rows were reordered or duplicated)',
    });
  });

  it('a first row that does not start from the genesis hash', () => {
    const rows = chainFrom(1, 'b'.repeat(64), [fields(1), fields(2)]);
    expect(verifyChain(rows)).toMatchObject({ ok: false, firstBrokenSeq: 1, reason: /not the genesis hash/ });
  });

  it('a row appended by hand with a made-up hash', () => {
    const { rows, row } = fiveRows();
    const forged = { ...fields(6), seq: 6, prevHash: row(5).hash, hash: 'c'.repeat(64) };
    expect(verifyChain([...rows, forged])).toMatchObject({ ok: false, firstBrokenSeq: 6, reason: /do not match/ });
  });

  it('a row spliced in with a correct hash: the forgery chains, the row after it breaks', () => {
    const { row } = fiveRows();
    const [forged] = chainFrom(3, row(2).hash, [{ ...fields(3), operator: 'mallory' }]);
    if (!forged) throw new Error('no forged row');
    const shifted = [3, 4, 5].map((seq) => ({ ...row(seq), seq: seq + 1 }));
    expect(verifyChain([row(1), row(2), forged, ...shifted])).toMatchObject({ ok: false, firstBrokenSeq: 4 });
  });
});

describe('what verifyChain cannot see on its own', () => {
  it('rows removed from the end: the shorter chain is intact, only its head differs', () => {
    const { rows, row } = fiveRows();
    expect(verifyChain(rows.slice(0, 4))).toEqual({ ok: true, rows: 4, head: row(4).hash });
  });

  it('history rewritten with every later hash recomputed: only a head noted earlier exposes it', () => {
    const { rows, row } = fiveRows();
    const rewritten = [
      ...rows.slice(0, 2),
      ...chainFrom(3, row(2).hash, [
        { ...fields(3), detail: canonicalJson({ text: 'nothing seen' }) },
        fields(4),
        fields(5),
      ]),
    ];
    const verdict = verifyChain(rewritten);
    expect(verdict).toMatchObject({ ok: true, rows: 5 });
    expect(verdict.ok && verdict.head).not.toBe(row(5).hash);
  });
});
