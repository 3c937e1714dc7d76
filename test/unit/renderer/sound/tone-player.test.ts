import { describe, expect, it } from 'vitest';
import { TONE_PATTERNS, TonePlayer, type AudioContextLike } from '../../../../renderer/sound/tone-player.js';

type Scheduled = { frequency: number; start: number; stop: number };

/** Records what would be played; starts suspended, as browsers do before the first key or click. */
class FakeAudioContext implements AudioContextLike {
  state = 'suspended';
  currentTime = 100;
  destination = {};
  resumed = 0;
  scheduled: Scheduled[] = [];
  resume(): Promise<void> {
    this.resumed += 1;
    this.state = 'running';
    return Promise.resolve();
  }
  createGain() {
    const ramp = { setValueAtTime: () => undefined, linearRampToValueAtTime: () => undefined };
    return { gain: ramp, connect: () => undefined };
  }
  createOscillator() {
    const entry: Scheduled = { frequency: 0, start: 0, stop: 0 };
    this.scheduled.push(entry);
    return {
      type: 'sine' as OscillatorType,
      frequency: {
        setValueAtTime: (value: number) => {
          entry.frequency = value;
        },
        linearRampToValueAtTime: () => undefined,
      },
      connect: () => undefined,
      start: (at: number) => {
        entry.start = at;
      },
      stop: (at: number) => {
        entry.stop = at;
      },
    };
  }
}

describe('the tone player', () => {
  it('plays nothing (and queues nothing) until a key or click unlocked sound', async () => {
    const context = new FakeAudioContext();
    const player = new TonePlayer(() => context);
    expect(player.play('new-alarm')).toBe(false);
    expect(context.scheduled).toEqual([]);
    await expect(player.unlock()).resolves.toBe(true);
    expect(context.resumed).toBe(1);
    expect(player.play('new-alarm')).toBe(true);
  });

  it('schedules each beep of a tone as an oscillator, in order, from now', async () => {
    const context = new FakeAudioContext();
    const player = new TonePlayer(() => context);
    await player.unlock();
    player.play('reminder');
    expect(context.scheduled.map((beep) => beep.frequency)).toEqual(TONE_PATTERNS.reminder.map((b) => b.frequency));
    const [first, second] = context.scheduled;
    expect(first?.start).toBeGreaterThanOrEqual(100);
    expect(second && first && second.start > first.stop).toBe(true);
  });

  it('makes three tones a guard can tell apart', () => {
    const signature = (tone: keyof typeof TONE_PATTERNS) =>
      TONE_PATTERNS[tone].map((b) => `${b.frequency}/${b.durationS}`).join(',');
    expect(new Set([signature('new-alarm'), signature('reminder'), signature('escalated')]).size).toBe(3);
  });

  it('does without sound where the page has no Web Audio', async () => {
    const player = new TonePlayer(() => null);
    await expect(player.unlock()).resolves.toBe(false);
    expect(player.play('reminder')).toBe(false);
  });
});
