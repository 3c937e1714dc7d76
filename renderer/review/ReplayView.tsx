import { useState } from 'react';
import type { Site } from '../../shared/domain/site.js';
import { siteFloors } from '../../shared/domain/site.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { ReplayMap } from './ReplayMap.js';
import { REPLAY_SPEEDS } from './replay-player.js';
import { useReplay } from './use-replay.js';

/** The shift played back on the floor map, with play/pause, 1×–60× and a scrubber over the range. */
export function ReplayView({ site, from, to }: { site: Site; from: number; to: number }) {
  const playback = useReplay(from, to);
  const floors = siteFloors(site);
  const [floorId, setFloorId] = useState(floors[0]?.id ?? '');
  const floor = floors.find((f) => f.id === floorId) ?? floors[0];
  const time = useSiteTimeFormat(true);

  return (
    <section className="review-replay" aria-label="Replay">
      <div className="review-replay__controls">
        <button
          type="button"
          onClick={playback.playing ? playback.pause : playback.play}
          aria-label={playback.playing ? 'Pause' : 'Play'}
        >
          {playback.playing ? 'Pause' : 'Play'}
        </button>
        <label>
          Speed{' '}
          <select
            aria-label="Speed"
            value={playback.speed}
            onChange={(e) => {
              const speed = REPLAY_SPEEDS.find((s) => String(s) === e.target.value);
              if (speed) playback.setSpeed(speed);
            }}
          >
            {REPLAY_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <input
          className="review-replay__scrubber"
          type="range"
          aria-label="Replay time"
          min={from}
          max={to}
          step={1000}
          value={playback.at}
          onChange={(e) => playback.seek(Number(e.target.value))}
        />
        <output className="review-replay__time" data-at={playback.at}>
          {time(playback.at, to)}
        </output>
        <select aria-label="Floor" value={floor?.id ?? ''} onChange={(e) => setFloorId(e.target.value)}>
          {floors.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
        <span className="review-replay__count" data-open-alarms={playback.frame?.alarms.size ?? 0}>
          {playback.frame ? `${playback.frame.alarms.size} open alarms` : 'loading…'}
        </span>
      </div>
      {playback.error && <p role="alert">{playback.error}</p>}
      {floor && playback.frame && <ReplayMap site={site} floor={floor} frame={playback.frame} />}
    </section>
  );
}
