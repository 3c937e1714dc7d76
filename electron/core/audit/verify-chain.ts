import { canonicalJson } from './canonical-json.js';
import { GENESIS_HASH, rowHash, type ChainRow } from './chain-hash.js';

/**
 * Intact: every row chains from the genesis hash, and `head` is the last row's hash (the genesis
 * hash for an empty log). Broken: every row before `firstBrokenSeq` chains correctly; that one
 * does not, or is missing.
 */
export type ChainVerdict =
  { ok: true; rows: number; head: string } | { ok: false; firstBrokenSeq: number; reason: string };

/** Walks the rows in seq order, holding only the previous hash: the log may be any length. */
export function verifyChain(rows: Iterable<ChainRow>): ChainVerdict {
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  for (const row of rows) {
    const problem = rowProblem(row, expectedSeq, previousHash);
    if (problem !== null) return { ok: false, firstBrokenSeq: expectedSeq, reason: problem };
    expectedSeq += 1;
    previousHash = row.hash;
  }
  return { ok: true, rows: expectedSeq - 1, head: previousHash };
}

function rowProblem(row: ChainRow, expectedSeq: number, previousHash: string): string | null {
  if (row.seq !== expectedSeq) {
    return row.seq > expectedSeq
      ? `row ${expectedSeq} is missing, the next row is ${row.seq} (a row was removed, or rows were renumbered or reordered)`
      : `row ${row.seq} comes after row ${expectedSeq - 1} (rows were reordered or duplicated)`;
  }
  if (row.prevHash !== previousHash) {
    const previous = expectedSeq === 1 ? 'the genesis hash' : `row ${expectedSeq - 1}'s hash`;
    return `its previous hash is not ${previous} (a row before it was removed, replaced or moved)`;
  }
  const detailProblem = detailIsCanonical(row.detail);
  if (detailProblem !== null) return detailProblem;
  let hash: string;
  try {
    hash = rowHash(row);
  } catch (error) {
    return `it cannot be hashed: ${(error as Error).message} (a field was edited)`;
  }
  return hash === row.hash ? null : 'its contents do not match its hash (a field was edited)';
}

/** Without this, a detail edited into a non-canonical spelling would be spliced into the hash as is. */
function detailIsCanonical(detail: string): string | null {
  try {
    return canonicalJson(JSON.parse(detail)) === detail ? null : 'its detail is not in canonical form (it was edited)';
  } catch {
    // Not JSON, or nested deeper than the stack: no Watchfloor wrote that.
    return 'its detail is not canonical JSON (it was edited)';
  }
}
