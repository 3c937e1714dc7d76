/** Urgent markers flash at 1 Hz, on for 0.6 s and off for 0.4 s, as alarm displays conventionally do. */
export const FLASH_ON_MS = 600;
export const FLASH_OFF_MS = 400;
/** On the pane while its markers follow this clock instead of a CSS animation each. */
export const FLASH_CLOCK_CLASS = 'wf-flash-clock';
/** On the pane during the off part of the flash. */
export const FLASH_OFF_CLASS = 'wf-flash-off';

/**
 * Flashes every urgent marker in `pane` in step, with one class toggled twice a second. A CSS
 * animation per marker made each flashing ring a compositor layer and an animation of its own:
 * with a hundred alarms on a floor (a flood) that kept the page busy every frame and delayed the
 * next alarm's drawing by hundreds of milliseconds. In step is also how alarm panels flash.
 * Returns the stop function.
 */
export function startMarkerFlash(pane: HTMLElement): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const phase = (on: boolean) => {
    pane.classList.toggle(FLASH_OFF_CLASS, !on);
    timer = setTimeout(() => phase(!on), on ? FLASH_ON_MS : FLASH_OFF_MS);
  };
  pane.classList.add(FLASH_CLOCK_CLASS);
  phase(true);
  return () => {
    clearTimeout(timer);
    pane.classList.remove(FLASH_CLOCK_CLASS, FLASH_OFF_CLASS);
  };
}
