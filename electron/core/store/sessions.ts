import type { Database } from 'better-sqlite3';

export type SessionRow = { operatorId: number; createdAt: number; expiresAt: number };

/** Signed-in sessions, keyed by the SHA-256 of their token (the token itself is never stored). */
export function sessionRecords(db: Database) {
  const insert =
    db.prepare(`INSERT INTO sessions (token_hash, operator_id, created_at, last_seen_at, expires_at, address)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const find = db.prepare(`SELECT operator_id AS operatorId, created_at AS createdAt, expires_at AS expiresAt
    FROM sessions WHERE token_hash = ?`);
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeFor = db.prepare('DELETE FROM sessions WHERE operator_id = ?');
  const removeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    add(tokenHash: string, operatorId: number, at: number, expiresAt: number, address: string | null): void {
      insert.run(tokenHash, operatorId, at, at, expiresAt, address);
    },
    find: (tokenHash: string): SessionRow | undefined => find.get(tokenHash) as SessionRow | undefined,
    remove: (tokenHash: string): void => void remove.run(tokenHash),
    removeForOperator: (operatorId: number): number => removeFor.run(operatorId).changes,
    removeExpired: (now: number): number => removeExpired.run(now).changes,
  };
}
export type SessionRecords = ReturnType<typeof sessionRecords>;
