import { useFloorLabel } from '../store/selectors.js';
import type { OccurrenceDraft } from './occurrence-draft.js';
import {
  useEditOccurrence,
  useMapOnScreen,
  usePickOccurrenceLocation,
  useZonesOnFloor,
} from './occurrence-selectors.js';

/** Where it happened: a point picked on the plan (the selected alarm's device to start with), and a zone. */
export function PlaceField({ draft }: { draft: OccurrenceDraft }) {
  const pick = usePickOccurrenceLocation();
  const edit = useEditOccurrence();
  const mapOnScreen = useMapOnScreen();
  const floorLabel = useFloorLabel(draft.location?.floorId);
  const zones = useZonesOnFloor(draft.location?.floorId ?? null);
  const { location } = draft;
  return (
    <fieldset className="occurrence__group">
      <legend className="field__label">Where</legend>
      <div className="occurrence__place">
        <span data-testid="occurrence-location">
          {location
            ? `${floorLabel ?? location.floorId}, ${location.x.toFixed(1)} m from the left, ${location.y.toFixed(1)} m from the top`
            : 'Not picked yet'}
        </span>
        <button
          type="button"
          className="button button--small"
          data-testid="occurrence-pick"
          disabled={!mapOnScreen}
          onClick={pick}
        >
          {location ? 'Pick again on the map' : 'Pick on the map'}
        </button>
      </div>
      {!mapOnScreen && <p className="dialog__hint">This view has no map: open the full desk to pick the place.</p>}
      {location && (
        <label className="field">
          <span className="field__label">Zone (optional)</span>
          <select
            data-testid="occurrence-zone"
            value={draft.zone ?? ''}
            onChange={(event) => edit({ zone: event.target.value === '' ? null : event.target.value })}
          >
            <option value="">No zone</option>
            {zones.map((zone) => (
              <option key={zone.id} value={zone.id}>
                {zone.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
