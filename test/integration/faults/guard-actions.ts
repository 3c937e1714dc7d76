import type { Alarm } from '../../../shared/domain/alarm.js';
import type { Seat } from '../../support/seat.js';

export type ConfirmedActions = { notes: string[]; acknowledged: number[]; unanswered: number };

/** The seat's picture of the open alarms: its snapshot, then every alarm delta in order. */
function openAlarms(seat: Seat): Alarm[] {
  const alarms = new Map<number, Alarm>();
  for (const alarm of seat.snapshots.at(-1)?.alarms ?? []) alarms.set(alarm.id, alarm);
  for (const delta of seat.deltas) if (delta.kind === 'alarm') alarms.set(delta.alarm.id, delta.alarm);
  return [...alarms.values()];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A guard working the queue while the test does something violent: notes and acknowledgements,
 * under the seat's rate limit. Only actions the core answered `ok` are recorded as confirmed;
 * `stop()` ends the loop and returns them.
 */
export function guardAtWork(seat: Seat, label: string, confirmed: ConfirmedActions): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    for (let n = 0; running; n++) {
      const alarms = openAlarms(seat);
      const unacknowledged = alarms.find((alarm) => alarm.state === 'unacknowledged-active');
      const target = alarms.at(-1);
      if (!target || !seat.socket.connected) {
        await pause(50);
        continue;
      }
      const text = `${label} note ${n}`;
      const acknowledge = n % 2 === 1 && unacknowledged;
      try {
        const result = acknowledge
          ? await seat.command({ action: 'acknowledge', alarmId: unacknowledged.id, version: unacknowledged.version })
          : await seat.command({ action: 'note', alarmId: target.id, text });
        if (result.ok && acknowledge) confirmed.acknowledged.push(unacknowledged.id);
        else if (result.ok) confirmed.notes.push(text);
      } catch {
        // No answer: the core died with the command in flight. The guard was never told it worked.
        confirmed.unanswered++;
      }
      await pause(110);
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}
