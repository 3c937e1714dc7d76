import { useState } from 'react';
import type { Checkpoint, TourRun } from '../../shared/domain/patrol.js';
import { useSiteTimeFormat } from '../time/site-time.js';
import { usePatrolCheckpoints, usePatrolTours, useFocusTour, useRunToShow, useShownTour } from './patrol-selectors.js';
import { CHECKPOINT_LOOK_LABEL, checkpointLook, RUN_STATE_LABEL } from './tour-runs.js';
import './patrols.css';

function RunSummary({ run, names }: { run: TourRun; names: ReadonlyMap<string, string> }) {
  const time = useSiteTimeFormat(false);
  const next = run.state === 'in-progress' ? run.visits.find((visit) => visit.result === 'pending') : undefined;
  return (
    <div className="patrol-panel__summary" data-run-state={run.state}>
      <div>
        <strong>{RUN_STATE_LABEL[run.state]}</strong> · started {time(run.startAt)}
        {run.guard ? ` · ${run.guard}` : ''}
      </div>
      {next && (
        <div data-testid="patrol-next">
          Next: {names.get(next.checkpoint) ?? next.checkpoint}, due {time(next.dueAt)}
        </div>
      )}
    </div>
  );
}

/** The shown tour's run: next checkpoint, due time, guard, and each checkpoint's result. */
export function PatrolPanel() {
  const tours = usePatrolTours();
  const checkpoints = usePatrolCheckpoints();
  const tour = useShownTour();
  const run = useRunToShow(tour?.id ?? null);
  const focusTour = useFocusTour();
  const time = useSiteTimeFormat(false);
  const [open, setOpen] = useState(true);
  if (!tour) return null;
  const names = new Map(checkpoints.map((checkpoint: Checkpoint) => [checkpoint.id, checkpoint.name]));
  return (
    <details
      className="map-panel patrol-panel"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      aria-label="Patrol"
    >
      <summary>Patrol · {tour.name}</summary>
      {tours.length > 1 && (
        <select
          className="patrol-panel__tour"
          aria-label="Tour shown"
          value={tour.id}
          onChange={(event) => focusTour(event.target.value)}
        >
          {tours.map((each) => (
            <option key={each.id} value={each.id}>
              {each.name}
            </option>
          ))}
        </select>
      )}
      {run ? <RunSummary run={run} names={names} /> : <div className="patrol-panel__summary">No run planned yet</div>}
      <ol className="patrol-panel__stops">
        {tour.checkpoints.map((stop) => {
          const look = checkpointLook(run, stop.checkpoint);
          const visit = run?.visits.find((each) => each.checkpoint === stop.checkpoint);
          return (
            <li key={stop.checkpoint} className={`patrol-stop patrol-stop--${look}`} data-checkpoint={stop.checkpoint}>
              <span className="patrol-stop__name">{names.get(stop.checkpoint) ?? stop.checkpoint}</span>
              <span className="patrol-stop__result">
                {CHECKPOINT_LOOK_LABEL[look]}
                {visit?.scannedAt != null ? ` ${time(visit.scannedAt)}` : visit ? ` · due ${time(visit.dueAt)}` : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
