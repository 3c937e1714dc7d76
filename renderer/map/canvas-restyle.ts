import type { MarkerLook } from '../devices/marker-state.js';
import { devicesTouchedSince, seenDevices, type SeenDevices } from '../store/device-touches.js';
import { markerLookSelector } from '../store/marker-look-selector.js';
import type { WatchfloorState } from '../store/state.js';

/**
 * Draws one marker in its look; called only when the look or the selection changed, and told
 * which (a selection change is the guard's own click, drawn at once).
 */
export type DrawMarker = (deviceId: string, look: MarkerLook, selected: boolean, selectionChanged: boolean) => void;

type Shown = {
  look: (state: WatchfloorState) => MarkerLook;
  lastLook: MarkerLook | null;
  lastSelected: boolean;
};

/**
 * A store listener for a floor's canvas markers. After a live batch it looks only at the devices
 * the batch touched (their state or open alarms) and at the selection's old and new device; it
 * runs every marker's selector only when it cannot tell what changed (its first call, a snapshot,
 * a site change). Thousands of selectors on every store write were most of a busy floor's script.
 */
export function markerRestyler(deviceIds: readonly string[], draw: DrawMarker): (state: WatchfloorState) => void {
  const shown = new Map<string, Shown>(
    deviceIds.map((id) => [id, { look: markerLookSelector(id), lastLook: null, lastSelected: false }]),
  );
  let seen: SeenDevices | null = null;
  let selectedId: string | null = null;

  const restyle = (state: WatchfloorState, deviceId: string) => {
    const entry = shown.get(deviceId);
    if (!entry) return;
    const look = entry.look(state);
    const selected = state.selectedDeviceId === deviceId;
    const selectionChanged = selected !== entry.lastSelected;
    if (look === entry.lastLook && !selectionChanged) return;
    entry.lastLook = look;
    entry.lastSelected = selected;
    draw(deviceId, look, selected, selectionChanged);
  };

  return (state) => {
    const touched = seen === null ? null : devicesTouchedSince(state, seen);
    seen = seenDevices(state);
    if (touched === null) for (const deviceId of shown.keys()) restyle(state, deviceId);
    else for (const deviceId of touched) restyle(state, deviceId);
    if (state.selectedDeviceId === selectedId) return;
    if (selectedId !== null) restyle(state, selectedId);
    selectedId = state.selectedDeviceId;
    if (selectedId !== null) restyle(state, selectedId);
  };
}
