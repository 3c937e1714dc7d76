import type { Database } from 'better-sqlite3';
import type { Operator, Role } from '../../../shared/domain/operator.js';

/** An operator with what only the core sees. */
export type OperatorAccount = Operator & { passwordHash: string; createdAt: number; disabledAt: number | null };

type Row = {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: number;
  disabled_at: number | null;
};

const toAccount = (row: Row): OperatorAccount => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

export class DuplicateOperatorError extends Error {
  override readonly name = 'DuplicateOperatorError';
}

/** Operator accounts. Hashing happens before this layer: no plain password reaches the database. */
export function operatorAccounts(db: Database) {
  const byName = db.prepare('SELECT * FROM operators WHERE username = ?');
  const byId = db.prepare('SELECT * FROM operators WHERE id = ?');
  const all = db.prepare('SELECT * FROM operators ORDER BY username');
  const insert = db.prepare(`INSERT INTO operators (username, display_name, role, password_hash, created_at)
    VALUES (?, ?, ?, ?, ?)`);
  const setHash = db.prepare('UPDATE operators SET password_hash = ? WHERE id = ?');
  const setRole = db.prepare('UPDATE operators SET role = ? WHERE id = ?');
  const setDisabled = db.prepare('UPDATE operators SET disabled_at = ? WHERE id = ?');
  const countAll = db.prepare('SELECT count(*) FROM operators').pluck();
  const countActive = db.prepare('SELECT count(*) FROM operators WHERE disabled_at IS NULL').pluck();
  const countAdmins = db.prepare("SELECT count(*) FROM operators WHERE role = 'admin' AND disabled_at IS NULL").pluck();

  return {
    byName: (username: string): OperatorAccount | undefined => {
      const row = byName.get(username) as Row | undefined;
      return row && toAccount(row);
    },
    byId: (id: number): OperatorAccount | undefined => {
      const row = byId.get(id) as Row | undefined;
      return row && toAccount(row);
    },
    list: (): OperatorAccount[] => (all.all() as Row[]).map(toAccount),
    add(operator: { username: string; displayName: string; role: Role; passwordHash: string }, at: number): number {
      if (byName.get(operator.username)) throw new DuplicateOperatorError(`operator "${operator.username}" exists`);
      const result = insert.run(operator.username, operator.displayName, operator.role, operator.passwordHash, at);
      return Number(result.lastInsertRowid);
    },
    setPasswordHash: (id: number, passwordHash: string): void => void setHash.run(passwordHash, id),
    setRole: (id: number, role: Role): void => void setRole.run(role, id),
    setDisabled: (id: number, at: number | null): void => void setDisabled.run(at, id),
    count: (): number => countAll.get() as number,
    activeCount: (): number => countActive.get() as number,
    activeAdmins: (): number => countAdmins.get() as number,
  };
}
export type OperatorAccounts = ReturnType<typeof operatorAccounts>;
