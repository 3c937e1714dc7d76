import { useEffect } from 'react';
import { useSeatIdentity } from '../store/desk-selectors.js';
import { usePickingLocation, usePlaceOccurrence, useStartOccurrence } from './occurrence-selectors.js';

/**
 * Over the map: the "Log incident" button, or while picking, what to do and how to go back. Esc
 * goes back to the form; the listener runs in the capture phase so the desk's Esc does not also fire.
 */
export function OccurrenceMapControls() {
  const identity = useSeatIdentity();
  const picking = usePickingLocation();
  const start = useStartOccurrence();
  const place = usePlaceOccurrence();
  useEffect(() => {
    if (!picking) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      place(null);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [picking, place]);
  if (!identity) return null;
  if (picking) {
    return (
      <div className="occurrence-pick" role="status" data-testid="occurrence-picking">
        Click the plan where it happened (switch floor on the left if need be).
        <button type="button" className="button button--small" onClick={() => place(null)}>
          Back to the report <kbd>Esc</kbd>
        </button>
      </div>
    );
  }
  return (
    <button type="button" className="button occurrence-log" data-testid="log-occurrence" onClick={start}>
      Log incident… <kbd>l</kbd>
    </button>
  );
}
