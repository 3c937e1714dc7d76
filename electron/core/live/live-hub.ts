import type { LiveChange, LiveDelta } from '../../../shared/live/delta.js';
import { DeltaJournal } from './delta-journal.js';

/** How long changes gather before they go to the seats: well under a frame of latency budget. */
export const FLUSH_INTERVAL_MS = 20;
/** Changes gathered between flushes before one is forced; they are coalesced per thing first. */
export const MAX_PENDING_CHANGES = 10_000;

function changeKey(change: LiveChange): string {
  switch (change.kind) {
    case 'device':
      return `device:${change.device.siteId}/${change.device.deviceId}`;
    case 'alarm':
      return `alarm:${change.alarm.id}`;
    case 'incident':
      return `incident:${change.incident.id}`;
    case 'patrol':
      return `patrol:${change.run.id}`;
    case 'shift':
      return `shift:${change.shift.id}`;
    case 'handover':
      return `handover:${change.handover.id}`;
    case 'broker':
    case 'ingest':
    case 'site':
      return change.kind;
    case 'notice':
      // Notices are events, not state: never coalesced away.
      return `notice:${change.notice.at}:${change.notice.alarmId}:${change.notice.kind}`;
  }
}

/**
 * A newly raised alarm is what a guard waits for: it goes out on the next turn of the event loop
 * (with whatever else the same commit changed) instead of waiting out the coalescing interval.
 * Re-triggers, acknowledgements and device states still gather for FLUSH_INTERVAL_MS (and so does
 * an alarm raised and re-triggered within one commit, which arrives here at version 2).
 */
export function isUrgent(change: LiveChange): boolean {
  return change.kind === 'alarm' && change.alarm.version === 1;
}

/**
 * Turns changes into numbered deltas for the seats. Within one flush, later changes to the same
 * device or alarm replace earlier ones (deltas carry whole states), so a chattering sensor costs
 * one delta per flush, not one per message.
 */
export class LiveHub {
  readonly journal = new DeltaJournal();
  private pending = new Map<string, LiveChange>();
  private timer: NodeJS.Timeout | null = null;
  private urgent: NodeJS.Immediate | null = null;

  constructor(private readonly broadcast: (deltas: LiveDelta[]) => void) {}

  publish(changes: readonly LiveChange[]): void {
    let urgent = false;
    for (const change of changes) {
      const key = changeKey(change);
      this.pending.delete(key);
      this.pending.set(key, change);
      urgent ||= isUrgent(change);
    }
    if (this.pending.size >= MAX_PENDING_CHANGES) this.flush();
    else if (urgent) this.urgent ??= setImmediate(() => this.flush());
    else if (this.pending.size > 0) this.timer ??= setTimeout(() => this.flush(), FLUSH_INTERVAL_MS);
  }

  flush(): void {
    this.cancelTimers();
    if (this.pending.size === 0) return;
    const changes = [...this.pending.values()];
    this.pending = new Map();
    this.broadcast(changes.map((change) => this.journal.record(change)));
  }

  stop(): void {
    this.cancelTimers();
  }

  private cancelTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.urgent) clearImmediate(this.urgent);
    this.timer = null;
    this.urgent = null;
  }
}
