import type { WatchfloorStore } from '../store/store.js';
import { SoundScheduler, type SoundClock } from './sound-scheduler.js';
import { TonePlayer, type AudioContextLike } from './tone-player.js';
import { waitingOf } from './urgent-alarms.js';

const browserClock: SoundClock = {
  now: () => Date.now(),
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * The desk's sound, kept outside React: the AudioContext and timers live here, the store only says
 * what is open and whether this seat is muted. Sound is unlocked by the first key press or click.
 */
export type SoundDeps = { makeContext: () => AudioContextLike | null; clock: SoundClock };

const browserSound: SoundDeps = {
  makeContext: () => (typeof AudioContext === 'function' ? new AudioContext() : null),
  clock: browserClock,
};

export function startAlarmSound(store: WatchfloorStore, page: EventTarget, deps: SoundDeps = browserSound): void {
  const player = new TonePlayer(deps.makeContext);
  const scheduler = new SoundScheduler((tone) => player.play(tone), deps.clock);

  const unlock = () => {
    void player.unlock().then((ready) => {
      store.getState().setSoundReady(ready);
      if (!ready) return;
      page.removeEventListener('keydown', unlock, true);
      page.removeEventListener('pointerdown', unlock, true);
    });
  };
  page.addEventListener('keydown', unlock, true);
  page.addEventListener('pointerdown', unlock, true);

  // An alarm is news when it becomes urgent: raised, or re-announced by a new occurrence. The
  // first picture a seat gets is not news; what waits in it is reminded of all the same.
  store.subscribe((state, previous) => {
    if (state.urgentTally === previous.urgentTally && state.muted === previous.muted) return;
    const news = previous.seq !== null && state.urgentTally.becameUrgent > previous.urgentTally.becameUrgent;
    scheduler.update({ newUrgentAlarm: news, waiting: waitingOf(state.urgentTally), muted: state.muted });
  });
}
