import type { Database } from 'better-sqlite3';
import type { DeviceState } from '../../../shared/domain/device-state.js';

/** The projection's current picture, saved with each batch so a restart does not replay the log. */
export function deviceStates(db: Database) {
  const upsert = db.prepare(`INSERT INTO device_states (site_id, device_id, state) VALUES (?, ?, ?)
    ON CONFLICT (site_id, device_id) DO UPDATE SET state = excluded.state`);
  const all = db.prepare('SELECT state FROM device_states').pluck();

  return {
    save(state: DeviceState): void {
      upsert.run(state.siteId, state.deviceId, JSON.stringify(state));
    },
    loadAll: (): DeviceState[] => (all.all() as string[]).map((text) => JSON.parse(text) as DeviceState),
  };
}
export type DeviceStates = ReturnType<typeof deviceStates>;
