import type { Database } from 'better-sqlite3';
import type { Handover } from '../../../shared/domain/shift.js';

type Row = {
  id: number;
  shift_id: number;
  seat: string;
  note: string;
  open_alarms: string;
  notable: string;
  written_by: string;
  written_at: number;
  acknowledged_by: string | null;
  acknowledged_at: number | null;
};

/** Pending handovers a seat is shown at most; older unacknowledged ones stay in the database and the reports. */
export const PENDING_HANDOVERS_SHOWN = 20;

const COLUMNS =
  'id, shift_id, seat, note, open_alarms, notable, written_by, written_at, acknowledged_by, acknowledged_at';

type Lists = Pick<Handover, 'openAlarms' | 'openAlarmsNotListed' | 'notable' | 'notableNotListed'>;

const toHandover = (row: Row): Handover => {
  const alarms = JSON.parse(row.open_alarms) as { listed: Handover['openAlarms']; notListed: number };
  const notable = JSON.parse(row.notable) as { listed: Handover['notable']; notListed: number };
  return {
    id: row.id,
    shiftId: row.shift_id,
    seat: row.seat,
    note: row.note,
    openAlarms: alarms.listed,
    openAlarmsNotListed: alarms.notListed,
    notable: notable.listed,
    notableNotListed: notable.notListed,
    writtenBy: row.written_by,
    writtenAt: row.written_at,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: row.acknowledged_at,
  };
};

export function handoverRecords(db: Database) {
  const insert = db.prepare(`INSERT INTO handovers (shift_id, seat, note, open_alarms, notable, written_by, written_at)
    VALUES (@shiftId, @seat, @note, @openAlarms, @notable, @writtenBy, @writtenAt)`);
  const acknowledge = db.prepare(
    'UPDATE handovers SET acknowledged_by = ?, acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL',
  );
  const byId = db.prepare(`SELECT ${COLUMNS} FROM handovers WHERE id = ?`);
  const pending = db.prepare(
    `SELECT ${COLUMNS} FROM handovers WHERE acknowledged_at IS NULL ORDER BY written_at DESC LIMIT ?`,
  );
  const between = db.prepare(
    `SELECT ${COLUMNS} FROM handovers WHERE written_at >= ? AND written_at < ? ORDER BY written_at LIMIT ?`,
  );

  return {
    insert(input: Omit<Handover, 'id' | 'acknowledgedBy' | 'acknowledgedAt'> & Lists): Handover {
      const id = Number(
        insert.run({
          shiftId: input.shiftId,
          seat: input.seat,
          note: input.note,
          openAlarms: JSON.stringify({ listed: input.openAlarms, notListed: input.openAlarmsNotListed }),
          notable: JSON.stringify({ listed: input.notable, notListed: input.notableNotListed }),
          writtenBy: input.writtenBy,
          writtenAt: input.writtenAt,
        }).lastInsertRowid,
      );
      return { ...input, id, acknowledgedBy: null, acknowledgedAt: null };
    },
    acknowledge(handover: Handover, by: string, at: number): Handover {
      if (acknowledge.run(by, at, handover.id).changes !== 1)
        throw new Error(`handover ${handover.id} is already acknowledged`);
      return { ...handover, acknowledgedBy: by, acknowledgedAt: at };
    },
    get(id: number): Handover | undefined {
      const row = byId.get(id) as Row | undefined;
      return row ? toHandover(row) : undefined;
    },
    /** Newest first, at most PENDING_HANDOVERS_SHOWN. */
    pending: (): Handover[] => (pending.all(PENDING_HANDOVERS_SHOWN) as Row[]).map(toHandover),
    /** Written in [from, to), oldest first. */
    between: (from: number, to: number, limit: number): Handover[] =>
      (between.all(from, to, limit) as Row[]).map(toHandover),
  };
}
export type HandoverRecords = ReturnType<typeof handoverRecords>;
