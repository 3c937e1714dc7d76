import { useState, type DragEvent } from 'react';
import { DEVICE_TYPES, siteFloors, type DeviceType } from '../../shared/domain/site.js';
import { placeDevice, type NewDevice } from '../../shared/site-editing/device-edits.js';
import { isSiteId } from '../../shared/site-editing/site-ids.js';
import { useUnplacedDeviceIds } from '../store/selectors.js';
import { deviceOf } from '../store/device-book.js';
import { useWatchfloor } from '../store/use-watchfloor.js';
import { deviceDragData, DEVICE_DRAG_TYPE } from './device-drag.js';
import { editorStore, useEditor } from './editor-store.js';
import { asDeviceType, guessDeviceType } from './guess-type.js';

const startDrag = (device: NewDevice) => (event: DragEvent) => {
  event.dataTransfer.setData(DEVICE_DRAG_TYPE, deviceDragData(device));
  event.dataTransfer.effectAllowed = 'copy';
};

/** One device seen in traffic but not on any plan: drag it onto the plan, or choose it and click where it goes. */
function UnplacedRow({ deviceId }: { deviceId: string }) {
  const guessed = useWatchfloor((state) => guessDeviceType(deviceOf(state.devices, deviceId)));
  const [type, setType] = useState<DeviceType>(guessed);
  const device = { id: deviceId, name: deviceId, type };
  return (
    <li className="site-editor__unplaced" draggable onDragStart={startDrag(device)} data-device-id={deviceId}>
      <span className="site-editor__device-id" title="Drag onto the plan">
        {deviceId}
      </span>
      <select
        aria-label={`Type of ${deviceId}`}
        value={type}
        onChange={(event) => setType(asDeviceType(event.target.value))}
      >
        {DEVICE_TYPES.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
      <button type="button" onClick={() => editorStore.getState().setPending(device)}>
        Place…
      </button>
    </li>
  );
}

/** A device the console has not heard from yet, typed in by the admin. */
function NewDeviceForm() {
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<DeviceType>('door');
  const valid = isSiteId(id);
  const device = { id, name: name.trim() || id, type };
  return (
    <form
      className="site-editor__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) editorStore.getState().setPending(device);
      }}
    >
      <label>
        Device id <input value={id} onChange={(event) => setId(event.target.value.trim())} required />
      </label>
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} maxLength={120} />
      </label>
      <label>
        Type{' '}
        <select value={type} onChange={(event) => setType(asDeviceType(event.target.value))}>
          {DEVICE_TYPES.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!valid} draggable={valid} onDragStart={startDrag(device)}>
        Place new device…
      </button>
    </form>
  );
}

/** Without a mouse: the pending device goes to the middle of the floor in view, to be moved from there. */
function placeAtCentre() {
  const { draft, floorId, pending, edit, setPending } = editorStore.getState();
  const floor = draft && siteFloors(draft).find((candidate) => candidate.id === floorId);
  if (!floor || !pending) return;
  edit((site) => placeDevice(site, pending, floor.id, floor.widthM / 2, floor.heightM / 2));
  setPending(null);
}

/** Devices to put on the plan, and the one waiting for a click. */
export function DevicePalette() {
  const unplaced = useUnplacedDeviceIds();
  const draft = useEditor((state) => state.draft);
  const pending = useEditor((state) => state.pending);
  const waiting = unplaced.filter((id) => !draft?.devices.some((device) => device.id === id));
  return (
    <section className="site-editor__panel" aria-label="Devices">
      <h3>Unplaced devices</h3>
      {waiting.length === 0 ? (
        <p className="site-editor__hint">None: every device heard from is on a plan.</p>
      ) : (
        <ul className="site-editor__list" data-testid="editor-unplaced">
          {waiting.map((id) => (
            <UnplacedRow key={id} deviceId={id} />
          ))}
        </ul>
      )}
      <h3>New device</h3>
      <NewDeviceForm />
      {pending && (
        <p className="site-editor__pending" role="status">
          Click on the plan to place <strong>{pending.id}</strong>.{' '}
          <button type="button" onClick={placeAtCentre}>
            Place at the centre
          </button>{' '}
          <button type="button" onClick={() => editorStore.getState().setPending(null)}>
            Cancel
          </button>
        </p>
      )}
    </section>
  );
}
