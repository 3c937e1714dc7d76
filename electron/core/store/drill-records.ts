import type { Database } from 'better-sqlite3';
import type { Drill, DrillScenario } from '../../../shared/api/drills.js';

type Row = {
  id: number;
  scenario: DrillScenario;
  speed: number;
  seed: number;
  started_by: string;
  started_at: number;
  ended_by: string | null;
  ended_at: number | null;
  end_reason: string | null;
};

const COLUMNS = 'id, scenario, speed, seed, started_by, started_at, ended_by, ended_at, end_reason';

const toDrill = (row: Row): Drill => ({
  id: row.id,
  scenario: row.scenario,
  speed: row.speed,
  seed: row.seed,
  startedBy: row.started_by,
  startedAt: row.started_at,
  endedBy: row.ended_by,
  endedAt: row.ended_at,
  endReason: row.end_reason,
});

/** Drills (migration 10). Writes happen inside the caller's transaction, beside their action-log rows. */
export function drillRecords(db: Database) {
  const insert = db.prepare(
    'INSERT INTO drills (scenario, speed, seed, started_by, started_at) VALUES (?, ?, ?, ?, ?)',
  );
  const end = db.prepare(
    'UPDATE drills SET ended_by = ?, ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL',
  );
  const byId = db.prepare(`SELECT ${COLUMNS} FROM drills WHERE id = ?`);
  const running = db.prepare(`SELECT ${COLUMNS} FROM drills WHERE ended_at IS NULL ORDER BY id`);
  const recent = db.prepare(`SELECT ${COLUMNS} FROM drills ORDER BY started_at DESC, id DESC LIMIT ?`);

  return {
    start(drill: Pick<Drill, 'scenario' | 'speed' | 'seed' | 'startedBy' | 'startedAt'>): Drill {
      const { scenario, speed, seed, startedBy, startedAt } = drill;
      const id = Number(insert.run(scenario, speed, seed, startedBy, startedAt).lastInsertRowid);
      return { ...drill, id, endedBy: null, endedAt: null, endReason: null };
    },
    /** Undefined when the drill is unknown or already ended. */
    end(id: number, by: string, at: number, reason: string): Drill | undefined {
      if (end.run(by, at, reason, id).changes !== 1) return undefined;
      return this.get(id);
    },
    get(id: number): Drill | undefined {
      const row = byId.get(id) as Row | undefined;
      return row ? toDrill(row) : undefined;
    },
    running: (): Drill[] => (running.all() as Row[]).map(toDrill),
    /** Newest first. */
    recent: (limit: number): Drill[] => (recent.all(limit) as Row[]).map(toDrill),
  };
}
export type DrillRecords = ReturnType<typeof drillRecords>;
