import { useState } from 'react';
import { siteFloors } from '../../shared/domain/site.js';
import {
  addBuilding,
  addFloor,
  renameBuilding,
  updateFloor,
  type NewFloor,
} from '../../shared/site-editing/layout-edits.js';
import { planExtent } from '../../shared/site-editing/plan-scale.js';
import { editorStore, useEditor } from './editor-store.js';
import { imageSize, PROVISIONAL_METRES_PER_PIXEL } from './plan-size.js';
import { uploadPlan } from './site-editor-api.js';

const PLAN_TYPES = 'image/svg+xml,image/png,image/jpeg';

/** Uploads a plan image and gives its path and a provisional extent (the scale tool sets the real one). */
async function planFromFile(file: File): Promise<Pick<NewFloor, 'plan' | 'widthM' | 'heightM'>> {
  const size = await imageSize(file);
  const { path } = await uploadPlan(file);
  return { plan: path, ...planExtent(size, PROVISIONAL_METRES_PER_PIXEL) };
}

function report(work: Promise<void>, done: string) {
  const { say } = editorStore.getState();
  work.then(
    () => say({ kind: 'ok', text: done }),
    (error: Error & { details?: string[] }) => say({ kind: 'problem', text: error.message, details: error.details }),
  );
}

/** A new floor (in the chosen building, or in a new building) from a name, a level and a plan image. */
function AddFloorForm() {
  const draft = useEditor((state) => state.draft);
  const [building, setBuilding] = useState('');
  const [newBuilding, setNewBuilding] = useState('');
  const [name, setName] = useState('');
  const [level, setLevel] = useState('0');
  const [file, setFile] = useState<File | null>(null);
  const submit = () => {
    if (!file) return;
    report(
      planFromFile(file).then((plan) => {
        const floor = { name: name.trim(), level: Math.trunc(Number(level)), ...plan };
        editorStore
          .getState()
          .edit((site) =>
            building === '' ? addBuilding(site, newBuilding.trim(), floor) : addFloor(site, building, floor),
          );
        const edited = editorStore.getState().draft;
        const added = edited ? siteFloors(edited).at(-1) : undefined;
        if (added) editorStore.getState().showFloor(added.id);
      }),
      `Floor "${name.trim()}" added at a provisional scale: set the scale next.`,
    );
  };
  return (
    <form
      className="site-editor__form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        Building{' '}
        <select value={building} onChange={(event) => setBuilding(event.target.value)}>
          <option value="">a new building…</option>
          {draft?.buildings.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      {building === '' && (
        <label>
          New building name <input value={newBuilding} onChange={(event) => setNewBuilding(event.target.value)} />
        </label>
      )}
      <label>
        Floor name <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        Level <input type="number" step="1" value={level} onChange={(event) => setLevel(event.target.value)} />
      </label>
      <label>
        Plan image{' '}
        <input type="file" accept={PLAN_TYPES} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </label>
      <button type="submit" disabled={!file || name.trim() === '' || (building === '' && newBuilding.trim() === '')}>
        Add floor
      </button>
    </form>
  );
}

/** Buildings and floors: choose the floor to edit, rename, replace its plan, add floors and buildings. */
export function FloorPanel() {
  const draft = useEditor((state) => state.draft);
  const floorId = useEditor((state) => state.floorId);
  const { edit, showFloor } = editorStore.getState();
  if (!draft) return null;
  const replacePlan = (file: File | undefined) => {
    if (!file || !floorId) return;
    report(
      planFromFile(file).then((plan) => edit((site) => updateFloor(site, floorId, plan))),
      'Plan replaced at a provisional scale: set the scale next.',
    );
  };
  return (
    <section className="site-editor__panel" aria-label="Buildings and floors">
      {draft.buildings.map((building) => (
        <fieldset key={building.id} className="site-editor__building">
          <legend>
            <input
              aria-label={`Name of building ${building.id}`}
              value={building.name}
              onChange={(event) => edit((site) => renameBuilding(site, building.id, event.target.value))}
            />
          </legend>
          {building.floors.map((floor) => (
            <div key={floor.id} className="site-editor__floor">
              <input
                type="radio"
                name="site-editor-floor"
                aria-label={`Edit ${floor.name}`}
                checked={floor.id === floorId}
                onChange={() => showFloor(floor.id)}
              />
              <input
                aria-label={`Name of floor ${floor.id}`}
                value={floor.name}
                onChange={(event) => edit((site) => updateFloor(site, floor.id, { name: event.target.value }))}
              />
              <span className="site-editor__hint">
                {floor.widthM} × {floor.heightM} m
              </span>
            </div>
          ))}
        </fieldset>
      ))}
      <label className="site-editor__form">
        Replace this floor’s plan{' '}
        <input type="file" accept={PLAN_TYPES} onChange={(event) => replacePlan(event.target.files?.[0])} />
      </label>
      <details>
        <summary>Add a floor or building</summary>
        <AddFloorForm />
      </details>
    </section>
  );
}
