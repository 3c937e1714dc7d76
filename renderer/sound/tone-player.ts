/** The three sounds of the desk; no audio files, so nothing to load, serve or lose. */
export type Tone = 'new-alarm' | 'reminder' | 'escalated';

type Beep = { frequency: number; atS: number; durationS: number };

/** A rising two-note call for a new alarm, a soft double beep to remind, fast beeps when escalated. */
export const TONE_PATTERNS: Record<Tone, readonly Beep[]> = {
  'new-alarm': [
    { frequency: 784, atS: 0, durationS: 0.16 },
    { frequency: 1175, atS: 0.18, durationS: 0.24 },
    { frequency: 784, atS: 0.55, durationS: 0.16 },
    { frequency: 1175, atS: 0.73, durationS: 0.24 },
  ],
  reminder: [
    { frequency: 880, atS: 0, durationS: 0.12 },
    { frequency: 880, atS: 0.2, durationS: 0.12 },
  ],
  escalated: [0, 0.14, 0.28, 0.42, 0.56].map((atS) => ({ frequency: 988, atS, durationS: 0.09 })),
};

/** Loud enough to wake attention, not to startle: the desk is a small quiet room. */
export const TONE_VOLUME = 0.25;
const RAMP_S = 0.01;

type Param = {
  setValueAtTime(value: number, at: number): unknown;
  linearRampToValueAtTime(value: number, at: number): unknown;
};
type Oscillator = {
  type: OscillatorType;
  frequency: Param;
  connect(to: object): unknown;
  start(at: number): void;
  stop(at: number): void;
};
type Gain = { gain: Param; connect(to: object): unknown };

/** The part of Web Audio's AudioContext used here, so tests can hand in a fake. */
export type AudioContextLike = {
  readonly currentTime: number;
  readonly state: string;
  readonly destination: object;
  resume(): Promise<void>;
  createOscillator(): Oscillator;
  createGain(): Gain;
};

/**
 * Plays tones through one AudioContext, made on first use. Browsers keep a context suspended until
 * the page has had a key press or click; until `unlock` has run in one, tones are skipped rather
 * than queued (a queued burst would all sound at once, late).
 */
export class TonePlayer {
  private context: AudioContextLike | null = null;
  private readonly makeContext: () => AudioContextLike | null;

  constructor(makeContext: () => AudioContextLike | null) {
    this.makeContext = makeContext;
  }

  get running(): boolean {
    return this.context?.state === 'running';
  }

  /** Call from a key or pointer event handler; resolves true once sound can play. */
  async unlock(): Promise<boolean> {
    const context = (this.context ??= this.tryMakeContext());
    if (!context) return false;
    if (context.state !== 'running') await context.resume().catch(() => undefined);
    return this.running;
  }

  /** A page may refuse an AudioContext (too many, or audio disabled): the desk goes on, silently. */
  private tryMakeContext(): AudioContextLike | null {
    try {
      return this.makeContext();
    } catch {
      return null;
    }
  }

  play(tone: Tone): boolean {
    const context = this.context;
    if (!context || context.state !== 'running') return false;
    const start = context.currentTime + 0.02;
    for (const beep of TONE_PATTERNS[tone]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const on = start + beep.atS;
      const off = on + beep.durationS;
      oscillator.type = 'square';
      oscillator.frequency.setValueAtTime(beep.frequency, on);
      gain.gain.setValueAtTime(0, on);
      gain.gain.linearRampToValueAtTime(TONE_VOLUME, on + RAMP_S);
      gain.gain.setValueAtTime(TONE_VOLUME, off - RAMP_S);
      gain.gain.linearRampToValueAtTime(0, off);
      oscillator.connect(gain);
      gain.connect(context.destination);
      oscillator.start(on);
      oscillator.stop(off);
    }
    return true;
  }
}
