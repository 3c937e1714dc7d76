import type { Database, Statement } from 'better-sqlite3';

/**
 * Queries whose WHERE clause depends on which filters are set: one prepared statement per shape.
 * The SQL text is built from fixed fragments only; values always go through placeholders.
 */
export function statementCache(db: Database): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}

/** A condition with one placeholder and its value, or a fixed condition the planner must see as written (a partial index's WHERE). */
export type Clause = { sql: string; value: unknown } | { sql: string; fixed: true };

export function whereClause(clauses: readonly (Clause | null)[]): { where: string; values: unknown[] } {
  const present = clauses.filter((clause): clause is Clause => clause !== null);
  return {
    where: present.length ? `WHERE ${present.map((clause) => clause.sql).join(' AND ')}` : '',
    values: present.flatMap((clause) => ('value' in clause ? [clause.value] : [])),
  };
}
