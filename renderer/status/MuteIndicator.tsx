import { useMuted, useSoundReady } from '../store/desk-selectors.js';

/**
 * Sound on, waiting for the browser to allow it, or MUTED: a muted desk must never look like a
 * quiet night, so muted is loud on screen. `m` toggles it.
 */
export function MuteIndicator() {
  const muted = useMuted();
  const ready = useSoundReady();
  const state = muted ? 'muted' : ready ? 'on' : 'blocked';
  return (
    <div
      className={`mute mute--${state}`}
      data-testid="mute-state"
      data-state={state}
      title="m mutes or unmutes this seat"
    >
      <span className="indicator__label">Sound</span>
      <span className="mute__value">
        {state === 'muted' ? 'MUTED' : state === 'on' ? 'On' : 'Press any key to enable'}
        <kbd className="mute__key">m</kbd>
      </span>
    </div>
  );
}
