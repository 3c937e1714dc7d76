import { useState } from 'react';
import { CONNECTOR_KINDS, type ConnectorKind } from '../../shared/domain/site.js';
import { addConnector } from '../../shared/site-editing/connector-edits.js';
import { rescaleFloor, scaleFromTwoPoints } from '../../shared/site-editing/plan-scale.js';
import { MIN_ZONE_POINTS, saveZone } from '../../shared/site-editing/zone-edits.js';
import { EDITOR_TOOLS, editorStore, useEditor, type EditorTool } from './editor-store.js';

const TOOL_LABEL: Record<EditorTool, string> = {
  place: 'Place devices',
  scale: 'Set scale',
  zone: 'Draw zone',
  connector: 'Stairs & lifts',
};

/** Two clicks on the plan, then the real distance between them: the floor is rescaled to metres. */
function ScaleForm() {
  const points = useEditor((state) => state.points);
  const [metres, setMetres] = useState('');
  const apply = () => {
    const { floorId, edit, setPoints, say } = editorStore.getState();
    const [a, b] = points;
    const factor = a && b ? scaleFromTwoPoints({ x: a[0], y: a[1] }, { x: b[0], y: b[1] }, Number(metres)) : null;
    if (!factor || !floorId)
      return say({ kind: 'problem', text: 'Click two points, then give the distance in metres.' });
    edit((site) => rescaleFloor(site, floorId, factor));
    setPoints([]);
    say({ kind: 'ok', text: `Scale set: the floor and everything on it scaled by ${factor.toFixed(4)}.` });
  };
  return (
    <div className="site-editor__form">
      <p className="site-editor__hint">Click two points a known distance apart ({points.length} of 2).</p>
      <label>
        Distance between them (m){' '}
        <input type="number" min="0" step="any" value={metres} onChange={(event) => setMetres(event.target.value)} />
      </label>
      <button type="button" disabled={points.length < 2 || !(Number(metres) > 0)} onClick={apply}>
        Apply scale
      </button>
    </div>
  );
}

/** Corners by clicking; a click on the first corner closes it; a name saves it as a zone. */
function ZoneForm() {
  const points = useEditor((state) => state.points);
  const [name, setName] = useState('');
  const save = () => {
    const { floorId, edit, setPoints, say } = editorStore.getState();
    if (!floorId) return;
    edit((site) => saveZone(site, { floorId, points }, name.trim()));
    setPoints([]);
    setName('');
    say({ kind: 'ok', text: `Zone "${name.trim()}" added; save to keep it.` });
  };
  return (
    <div className="site-editor__form">
      <p className="site-editor__hint">Click the corners ({points.length} so far).</p>
      <label>
        Zone name <input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="button" disabled={points.length < MIN_ZONE_POINTS || name.trim() === ''} onClick={save}>
        Save zone
      </button>{' '}
      <button type="button" onClick={() => editorStore.getState().setPoints([])}>
        Clear
      </button>
    </div>
  );
}

/** A stop on each floor it serves (click on the plan, switch floor, click again), a kind and a walking cost. */
function ConnectorForm() {
  const stops = useEditor((state) => state.stops);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ConnectorKind>('stairs');
  const [seconds, setSeconds] = useState('20');
  const add = () => {
    const { edit, setStops, say } = editorStore.getState();
    edit((site) => addConnector(site, { name: name.trim(), kind, secondsPerLevel: Number(seconds), stops }));
    setStops([]);
    say({ kind: 'ok', text: `${kind} "${name.trim()}" added; save to keep it.` });
  };
  return (
    <div className="site-editor__form">
      <p className="site-editor__hint">
        Stops on: {stops.map((stop) => stop.floorId).join(', ') || 'none yet'} (click on each floor it serves).
      </p>
      <label>
        Name <input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
      </label>
      <label>
        Kind{' '}
        <select
          value={kind}
          onChange={(event) => setKind(CONNECTOR_KINDS.find((k) => k === event.target.value) ?? 'stairs')}
        >
          {CONNECTOR_KINDS.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
      </label>
      <label>
        Seconds per level{' '}
        <input type="number" min="1" max="600" value={seconds} onChange={(event) => setSeconds(event.target.value)} />
      </label>
      <button type="button" disabled={stops.length < 2 || name.trim() === '' || !(Number(seconds) > 0)} onClick={add}>
        Add connector
      </button>
    </div>
  );
}

/** Which tool a click on the plan uses, and that tool's form. */
export function ToolPanel() {
  const tool = useEditor((state) => state.tool);
  return (
    <section className="site-editor__panel" aria-label="Tools">
      <div role="radiogroup" aria-label="Tool" className="site-editor__tools">
        {EDITOR_TOOLS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="site-editor-tool"
              checked={tool === option}
              onChange={() => editorStore.getState().chooseTool(option)}
            />{' '}
            {TOOL_LABEL[option]}
          </label>
        ))}
      </div>
      {tool === 'scale' && <ScaleForm />}
      {tool === 'zone' && <ZoneForm />}
      {tool === 'connector' && <ConnectorForm />}
    </section>
  );
}
