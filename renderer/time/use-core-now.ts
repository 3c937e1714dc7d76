import { useClockOffsetMs } from '../store/selectors.js';
import { useNow } from './ticker.js';

/** The core's clock as this seat best knows it; alarm times come from the core, so ages use this. */
export function useCoreNow(): number {
  return useNow() + useClockOffsetMs();
}
