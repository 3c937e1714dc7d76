/** Runs a callback once, soon; the live feed flushes its buffer through one of these. */
export type FrameScheduler = (callback: () => void) => void;

/**
 * Browsers stop animation frames in hidden windows; alarms must still land (and sound) there,
 * so a frame that has not come within this long is replaced by a timer.
 */
export const MAX_FRAME_WAIT_MS = 250;

export const nextAnimationFrame: FrameScheduler = (callback) => {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(run);
  const timer = setTimeout(run, MAX_FRAME_WAIT_MS);
};
