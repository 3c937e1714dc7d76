import { describe, expect, it } from 'vitest';
import { startAlarmSound } from '../../../../renderer/sound/start-alarm-sound.js';
import { REMINDER_MS } from '../../../../renderer/sound/sound-scheduler.js';
import { TONE_PATTERNS, type AudioContextLike } from '../../../../renderer/sound/tone-player.js';
import { createWatchfloorStore } from '../../../../renderer/store/store.js';
import { alarm, alarmDelta, snapshot } from '../builders.js';

/** Records every beep's pitch; suspended until resumed, like a browser. */
function fakeAudio() {
  const beeps: number[] = [];
  const context: AudioContextLike & { state: string } = {
    state: 'suspended',
    currentTime: 0,
    destination: {},
    resume() {
      context.state = 'running';
      return Promise.resolve();
    },
    createGain: () => ({ gain: { setValueAtTime: () => 0, linearRampToValueAtTime: () => 0 }, connect: () => 0 }),
    createOscillator: () => ({
      type: 'square',
      frequency: {
        setValueAtTime: (value: number) => void beeps.push(value),
        linearRampToValueAtTime: () => 0,
      },
      connect: () => 0,
      start: () => undefined,
      stop: () => undefined,
    }),
  };
  return { context, beeps };
}

function setup() {
  const audio = fakeAudio();
  let time = 0;
  const timers: { at: number; run: () => void; live: boolean }[] = [];
  const clock = {
    now: () => time,
    after: (ms: number, run: () => void) => {
      const timer = { at: time + ms, run, live: true };
      timers.push(timer);
      return () => void (timer.live = false);
    },
  };
  const advance = (ms: number) => {
    time += ms;
    for (const timer of timers.filter((t) => t.live && t.at <= time)) {
      timer.live = false;
      timer.run();
    }
  };
  const page = new EventTarget();
  const store = createWatchfloorStore();
  startAlarmSound(store, page, { makeContext: () => audio.context, clock });
  /** The beeps read back as the tones they make up. */
  const tones = () => {
    const names = ['new-alarm', 'reminder', 'escalated'] as const;
    const heard: string[] = [];
    for (let i = 0; i < audio.beeps.length;) {
      const tone = names.find((name) => TONE_PATTERNS[name].every((beep, k) => audio.beeps[i + k] === beep.frequency));
      if (!tone) throw new Error(`unrecognised beeps at ${i}: ${audio.beeps.slice(i).join(',')}`);
      heard.push(tone);
      i += TONE_PATTERNS[tone].length;
    }
    return heard;
  };
  return { store, page, advance, tones };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the desk sound, wired to the store', () => {
  it('stays silent until the first key press, then calls out new P1/P2 alarms and reminds', async () => {
    const { store, page, advance, tones } = setup();
    store.getState().applySnapshot(snapshot({ seq: 1, alarms: [alarm(1, { priority: 1 })] }));
    advance(REMINDER_MS);
    expect(tones()).toEqual([]); // locked: nothing played, nothing queued
    page.dispatchEvent(new Event('keydown'));
    await settle();
    expect(store.getState().soundReady).toBe(true);
    advance(REMINDER_MS);
    expect(tones()).toEqual(['reminder']);
    store.getState().applyDeltas([alarmDelta(2, alarm(2, { priority: 2 }))]);
    expect(tones()).toEqual(['reminder', 'new-alarm']);
    store.getState().applyDeltas([alarmDelta(3, alarm(3, { priority: 3 }))]);
    expect(tones()).toEqual(['reminder', 'new-alarm']);
  });

  it('calls out an acknowledged alarm again when a new occurrence re-announces it', async () => {
    const { store, page, tones } = setup();
    page.dispatchEvent(new Event('pointerdown'));
    await settle();
    store
      .getState()
      .applySnapshot(snapshot({ seq: 1, alarms: [alarm(1, { priority: 1, state: 'acknowledged-active' })] }));
    store.getState().applyDeltas([alarmDelta(2, alarm(1, { priority: 1, count: 2, version: 2 }))]);
    expect(tones()).toEqual(['new-alarm']);
  });

  it('keeps quiet while the seat is muted', async () => {
    const { store, page, advance, tones } = setup();
    page.dispatchEvent(new Event('keydown'));
    await settle();
    store.getState().setMuted(true);
    store.getState().applySnapshot(snapshot({ seq: 1 }));
    store.getState().applyDeltas([alarmDelta(2, alarm(2, { priority: 1 }))]);
    advance(3 * REMINDER_MS);
    expect(tones()).toEqual([]);
    store.getState().setMuted(false);
    advance(REMINDER_MS);
    expect(tones()).toEqual(['reminder']);
  });
});
