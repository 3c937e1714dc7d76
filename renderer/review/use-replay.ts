import { useEffect, useRef, useState } from 'react';
import { fetchReplay } from './review-api.js';
import { ReplayTape, type ReplayFrame, type ReplaySpeed } from './replay-player.js';

/** Playback fetches this much history at a time; the core caps an answer at 24 hours. */
const STRETCH_MS = 2 * 3_600_000;

export type Playback = {
  frame: ReplayFrame | null;
  at: number;
  playing: boolean;
  speed: ReplaySpeed;
  error: string | null;
  play(): void;
  pause(): void;
  setSpeed(speed: ReplaySpeed): void;
  seek(at: number): void;
};

/**
 * Shift playback in [from, to]: a tape of the picture and its changes is fetched for a stretch at
 * a time; the clock runs once per animation frame at 1× to 60×, and the frame shown is the tape
 * read at that instant. Seeking outside the tape fetches a new one.
 */
export function useReplay(from: number, to: number): Playback {
  const [at, setAt] = useState(from);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<ReplaySpeed>(10);
  const [frame, setFrame] = useState<ReplayFrame | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Bumped when a tape arrives, so the instant it was fetched for is shown (or the next one fetched). */
  const [loads, setLoads] = useState(0);
  const tape = useRef<ReplayTape | null>(null);
  const loading = useRef<AbortController | null>(null);

  useEffect(() => {
    setAt(from);
    tape.current = null;
  }, [from, to]);

  useEffect(() => {
    const current = tape.current;
    if (current?.covers(at)) {
      setFrame(current.frameAt(at));
      return;
    }
    if (loading.current) return;
    const controller = new AbortController();
    loading.current = controller;
    const start = current && at > current.end && at - current.end < STRETCH_MS ? current.end : at;
    fetchReplay(start, Math.min(to, start + STRETCH_MS), controller.signal)
      .then((result) => {
        tape.current = new ReplayTape(result);
        setError(null);
        if (tape.current.covers(at)) setFrame(tape.current.frameAt(at));
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure instanceof Error ? failure.message : String(failure));
        setPlaying(false);
      })
      .finally(() => {
        if (loading.current === controller) loading.current = null;
        setLoads((count) => count + 1);
      });
  }, [at, to, loads]);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let handle = requestAnimationFrame(function advance(now) {
      const elapsed = now - last;
      last = now;
      setAt((previous) => {
        const next = Math.min(to, previous + elapsed * speed);
        if (next >= to) setPlaying(false);
        // Hold the clock while the next stretch loads, so nothing is skipped.
        return tape.current?.covers(next) || !loading.current ? next : previous;
      });
      handle = requestAnimationFrame(advance);
    });
    return () => cancelAnimationFrame(handle);
  }, [playing, speed, to]);

  return {
    frame,
    at,
    playing,
    speed,
    error,
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    setSpeed,
    seek: (instant) => setAt(Math.max(from, Math.min(to, instant))),
  };
}
