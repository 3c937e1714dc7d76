import type { Database } from 'better-sqlite3';

export type QuarantinedMessage = { id: number; topic: string; payload: Uint8Array; reason: string; receivedAt: number };

/** Messages that failed validation, kept byte for byte with the reason: never dropped silently. */
export function quarantine(db: Database) {
  const insert = db.prepare('INSERT INTO quarantine (topic, payload, reason, received_at) VALUES (?, ?, ?, ?)');
  const count = db.prepare('SELECT count(*) FROM quarantine').pluck();
  const latest = db.prepare('SELECT * FROM quarantine ORDER BY id DESC LIMIT ?');

  return {
    add(topic: string, payload: Uint8Array, reason: string, receivedAt: number): void {
      insert.run(topic, Buffer.from(payload), reason, receivedAt);
    },
    count: (): number => count.get() as number,
    latest(limit: number): QuarantinedMessage[] {
      return (
        latest.all(limit) as { id: number; topic: string; payload: Buffer; reason: string; received_at: number }[]
      ).map((row) => ({
        id: row.id,
        topic: row.topic,
        payload: new Uint8Array(row.payload),
        reason: row.reason,
        receivedAt: row.received_at,
      }));
    },
  };
}
export type Quarantine = ReturnType<typeof quarantine>;
