import type Database from 'better-sqlite3';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { join } from 'node:path';
import { DeliveryBatcher } from '../../electron/core/ingest/delivery-batcher.js';
import { HeldPubacks } from '../../electron/core/ingest/held-pubacks.js';
import { withReceiveWindow } from '../../electron/core/ingest/receive-window.js';
import { openDatabase } from '../../electron/core/store/database.js';
import type { Delivery } from '../../shared/contract/decode.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

/**
 * The least any durable QoS 1 subscriber must do, as a second baseline for the core: each raw
 * message (topic, payload, receive time) appended to a SQLite table in WAL mode with the core's
 * pragmas (`openDatabase`), one transaction per delivery batch (the core's `DeliveryBatcher`),
 * PUBACKs held until the commit (the core's `HeldPubacks`, and its receive window over MQTT 5).
 * No decoding, no validation, no indexes: what is left between this and the core is the core's own work.
 * `options` are the bare subscriber's (persistent session); the messages must already wait at the broker.
 */
export async function durableFloorDrain(url: string, options: IClientOptions, count: number): Promise<number> {
  const dir = tempDir('bench-floor');
  const started = performance.now();
  let db: Database.Database | null = null;
  let client: MqttClient | null = null;
  try {
    db = openDatabase(join(dir.path, 'floor.db'));
    db.exec(`CREATE TABLE raw_messages (
      seq INTEGER PRIMARY KEY, topic TEXT NOT NULL, payload BLOB NOT NULL, received_at INTEGER NOT NULL) STRICT`);
    const insert = db.prepare('INSERT INTO raw_messages (topic, payload, received_at) VALUES (?, ?, ?)');
    const append = db.transaction((deliveries: readonly Delivery[]) => {
      for (const delivery of deliveries) insert.run(delivery.topic, delivery.payload, delivery.receivedAt);
    });
    let stored = 0;
    const connected = mqtt.connect(url, withReceiveWindow(options));
    client = connected;
    const pubacks = new HeldPubacks(connected);
    const batcher = new DeliveryBatcher((deliveries) => {
      append(deliveries);
      stored += deliveries.length;
      pubacks.release();
    });
    connected.handleMessage = (packet, callback) => {
      if (packet.cmd === 'publish') {
        const payload = typeof packet.payload === 'string' ? Buffer.from(packet.payload) : packet.payload;
        batcher.add({ topic: packet.topic, payload, receivedAt: Date.now(), retained: packet.retain });
      }
      callback();
    };
    await waitFor('the durable floor to store everything', () => stored >= count, 600_000);
    return count / ((performance.now() - started) / 1000);
  } finally {
    await client?.endAsync();
    db?.close();
    dir.remove();
  }
}
