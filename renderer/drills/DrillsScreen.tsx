import { useCallback, useEffect, useState } from 'react';
import { DRILL_SCENARIOS, isDrillRunning, type Drill, type DrillScenario } from '../../shared/api/drills.js';
import { downloadDrillReport, endDrill, fetchDrills, startDrill } from './drills-api.js';
import './drills.css';

const SPEEDS = [1, 2, 5, 10] as const;
const when = (at: number | null) => (at === null ? '' : new Date(at).toLocaleString());

/**
 * Training drills (`?view=drills`, supervisors): start one from a simulator scenario, end it, and
 * print how the guards did. Its alarms show as DRILL on every seat.
 */
export function DrillsScreen() {
  const [drills, setDrills] = useState<Drill[]>([]);
  const [scenario, setScenario] = useState<DrillScenario>('night-intrusion');
  const [speed, setSpeed] = useState<number>(1);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = useCallback((work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .then(() => fetchDrills().then(setDrills))
      .then(() => setProblem(null))
      .catch((error: Error) => setProblem(error.message))
      .finally(() => setBusy(false));
  }, []);
  useEffect(() => run(async () => undefined), [run]);
  const running = drills.find(isDrillRunning);

  return (
    <main className="drills" data-testid="drills-screen">
      <h2>Training drills</h2>
      <form
        className="drills__start"
        onSubmit={(event) => {
          event.preventDefault();
          run(() => startDrill({ scenario, speed }));
        }}
      >
        <label>
          Scenario{' '}
          <select
            value={scenario}
            onChange={(event) => setScenario(DRILL_SCENARIOS.find((name) => name === event.target.value) ?? scenario)}
          >
            {DRILL_SCENARIOS.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          Speed{' '}
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
            {SPEEDS.map((value) => (
              <option key={value} value={value}>
                ×{value}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || running !== undefined} data-testid="drill-start">
          Start drill
        </button>
        {running && (
          <span className="drills__running">Drill {running.id} is running: end it before starting another.</span>
        )}
      </form>
      {problem && (
        <p className="dialog__problem" role="alert">
          {problem}
        </p>
      )}
      <table className="drills__list">
        <thead>
          <tr>
            <th>Drill</th>
            <th>Scenario</th>
            <th>Started</th>
            <th>Ended</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {drills.map((drill) => (
            <tr key={drill.id} data-testid={`drill-${drill.id}`}>
              <td>{drill.id}</td>
              <td>
                {drill.scenario} ×{drill.speed}
              </td>
              <td>
                {when(drill.startedAt)} by {drill.startedBy}
              </td>
              <td>{isDrillRunning(drill) ? 'running' : `${when(drill.endedAt)} (${drill.endReason ?? ''})`}</td>
              <td>
                {isDrillRunning(drill) && (
                  <button type="button" disabled={busy} onClick={() => run(() => endDrill(drill.id))}>
                    End drill
                  </button>
                )}{' '}
                <button type="button" disabled={busy} onClick={() => run(() => downloadDrillReport(drill.id))}>
                  Report (PDF)
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
