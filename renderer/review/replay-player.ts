import type { Alarm } from '../../shared/domain/alarm.js';
import type { DeviceState } from '../../shared/domain/device-state.js';
import type { ReplayChange, ReplayResult } from '../../shared/review/review-results.js';

export const REPLAY_SPEEDS = [1, 2, 5, 10, 30, 60] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

/** What the replay map draws at one instant. */
export type ReplayFrame = { at: number; devices: ReadonlyMap<string, DeviceState>; alarms: ReadonlyMap<number, Alarm> };

/**
 * The picture at the start of a stretch and its ordered changes, played forward to any instant
 * within it. Pure apart from its cursor: moving back starts again from the picture.
 */
export class ReplayTape {
  private devices = new Map<string, DeviceState>();
  private alarms = new Map<number, Alarm>();
  private applied = 0;
  private at: number;

  constructor(private readonly result: ReplayResult) {
    this.at = result.picture.at;
    this.rewind();
  }

  /** The instants this tape can show: [picture.at, until]. */
  get start(): number {
    return this.result.picture.at;
  }
  get end(): number {
    return this.result.until;
  }
  covers(at: number): boolean {
    return at >= this.start && at <= this.end;
  }

  /** The frame at `at`, which must be covered. Forward moves apply only the changes in between. */
  frameAt(at: number): ReplayFrame {
    if (at < this.at) this.rewind();
    const changes: readonly ReplayChange[] = this.result.changes;
    while (this.applied < changes.length && (changes[this.applied]?.at ?? Infinity) <= at) {
      const change = changes[this.applied];
      if (change) this.apply(change);
      this.applied += 1;
    }
    this.at = at;
    return { at, devices: new Map(this.devices), alarms: new Map(this.alarms) };
  }

  private rewind(): void {
    this.devices = new Map(this.result.picture.devices.map((device) => [device.deviceId, device]));
    this.alarms = new Map(this.result.picture.alarms.map((alarm) => [alarm.id, alarm]));
    this.applied = 0;
    this.at = this.result.picture.at;
  }

  private apply(change: ReplayChange): void {
    if (change.kind === 'device') this.devices.set(change.device.deviceId, change.device);
    else if (change.kind === 'alarm' && change.alarm.state === 'resolved') this.alarms.delete(change.alarm.id);
    else if (change.kind === 'alarm') this.alarms.set(change.alarm.id, change.alarm);
  }
}
