import type { Database } from 'better-sqlite3';
import type { Shift } from '../../../shared/domain/shift.js';

type Row = {
  id: number;
  operator: string;
  seat: string;
  started_at: number;
  ended_at: number | null;
  handover_id: number | null;
};

const COLUMNS = 'id, operator, seat, started_at, ended_at, handover_id';

const toShift = (row: Row): Shift => ({
  id: row.id,
  operator: row.operator,
  seat: row.seat,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  handoverId: row.handover_id,
});

/** Guards' shifts at seats. Writes happen inside the desk's transaction, beside their action-log rows. */
export function shiftRecords(db: Database) {
  const insert = db.prepare('INSERT INTO shifts (operator, seat, started_at) VALUES (?, ?, ?)');
  const end = db.prepare('UPDATE shifts SET ended_at = ?, handover_id = ? WHERE id = ? AND ended_at IS NULL');
  const open = db.prepare(`SELECT ${COLUMNS} FROM shifts WHERE ended_at IS NULL ORDER BY started_at`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM shifts WHERE id = ?`);
  const recent = db.prepare(`SELECT ${COLUMNS} FROM shifts ORDER BY started_at DESC, id DESC LIMIT ?`);

  return {
    start(operator: string, seat: string, at: number): Shift {
      const id = Number(insert.run(operator, seat, at).lastInsertRowid);
      return { id, operator, seat, startedAt: at, endedAt: null, handoverId: null };
    },
    end(shift: Shift, at: number, handoverId: number): Shift {
      if (end.run(at, handoverId, shift.id).changes !== 1) throw new Error(`shift ${shift.id} is not open`);
      return { ...shift, endedAt: at, handoverId };
    },
    get(id: number): Shift | undefined {
      const row = byId.get(id) as Row | undefined;
      return row ? toShift(row) : undefined;
    },
    open: (): Shift[] => (open.all() as Row[]).map(toShift),
    /** Newest first. */
    recent: (limit: number): Shift[] => (recent.all(limit) as Row[]).map(toShift),
  };
}
export type ShiftRecords = ReturnType<typeof shiftRecords>;
