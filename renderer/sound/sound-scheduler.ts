import type { Tone } from './tone-player.js';

/** While an urgent alarm waits for acknowledgement the desk reminds this often, and faster once it escalated. */
export const REMINDER_MS = 10_000;
export const ESCALATED_REMINDER_MS = 5_000;

/** What is waiting for this seat: nothing, an unacknowledged P1/P2 alarm, or one that has escalated. */
export type Waiting = 'none' | 'unacknowledged' | 'escalated';

export type SoundClock = {
  now(): number;
  /** Runs `callback` after `ms`; the returned function cancels it. */
  after(ms: number, callback: () => void): () => void;
};

export type SoundUpdate = { newUrgentAlarm: boolean; waiting: Waiting; muted: boolean };

/**
 * Decides when the desk sounds: a distinct tone the moment a P1/P2 alarm arrives, then a reminder
 * every REMINDER_MS (ESCALATED_REMINDER_MS once escalated) counted from the last sound, for as long
 * as one waits. Muted, it keeps quiet and schedules nothing.
 */
export class SoundScheduler {
  private waiting: Waiting = 'none';
  private muted = false;
  private lastSoundAt: number | null = null;
  private cancelTimer: (() => void) | null = null;
  private readonly play: (tone: Tone) => void;
  private readonly clock: SoundClock;

  constructor(play: (tone: Tone) => void, clock: SoundClock) {
    this.play = play;
    this.clock = clock;
  }

  update({ newUrgentAlarm, waiting, muted }: SoundUpdate): void {
    this.waiting = waiting;
    this.muted = muted;
    if (newUrgentAlarm && !muted) this.sound('new-alarm');
    this.reschedule();
  }

  stop(): void {
    this.waiting = 'none';
    this.reschedule();
  }

  private sound(tone: Tone): void {
    this.play(tone);
    this.lastSoundAt = this.clock.now();
  }

  private reschedule(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (this.muted || this.waiting === 'none') return;
    const interval = this.waiting === 'escalated' ? ESCALATED_REMINDER_MS : REMINDER_MS;
    const since = this.lastSoundAt === null ? 0 : this.clock.now() - this.lastSoundAt;
    this.cancelTimer = this.clock.after(Math.max(0, interval - since), () => {
      this.cancelTimer = null;
      this.sound(this.waiting === 'escalated' ? 'escalated' : 'reminder');
      this.reschedule();
    });
  }
}
