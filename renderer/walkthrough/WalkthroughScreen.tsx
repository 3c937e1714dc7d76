import { useMemo, useState } from 'react';
import { distanceText, durationText, type WalkthroughPlan } from '../../shared/domain/walkthrough.js';
import { useBuildings, useFloors } from '../store/selectors.js';
import { PlannerForm } from './PlannerForm.js';
import { RouteMap } from './RouteMap.js';
import { StopList } from './StopList.js';
import { downloadRouteCard, fetchWalkthrough, type PlannerChoice } from './walkthrough-api.js';
import './walkthrough.css';

/** The walkthrough planner (`?view=walkthrough`): choose, plan, check the route on the plans, print the card. */
export function WalkthroughScreen() {
  const buildings = useBuildings();
  const floors = useFloors();
  const floorById = useMemo(() => new Map(floors.map((floor) => [floor.id, floor])), [floors]);
  const [choice, setChoice] = useState<PlannerChoice>({ building: null, floors: [], goal: 'inspection', days: 7 });
  const [plan, setPlan] = useState<WalkthroughPlan | null>(null);
  const [shownFloor, setShownFloor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    work()
      .then(() => setProblem(null))
      .catch((error: Error) => setProblem(error.message))
      .finally(() => setBusy(false));
  };
  const planWalk = () =>
    run(async () => {
      const planned = await fetchWalkthrough(choice);
      setPlan(planned);
      setShownFloor(planned.stops.find((stop) => stop.floorId !== null)?.floorId ?? planned.floorIds[0] ?? null);
    });
  const walkedFloors = plan?.floorIds.filter((id) => plan.stops.some((stop) => stop.floorId === id)) ?? [];
  const floor = shownFloor ? floorById.get(shownFloor) : undefined;

  return (
    <main className="walk" data-testid="walkthrough-screen">
      <header className="walk__header">
        <h2>Walkthrough planner</h2>
        <PlannerForm buildings={buildings} choice={choice} onChange={setChoice} onPlan={planWalk} busy={busy} />
        {problem && (
          <p className="dialog__problem" role="alert">
            {problem}
          </p>
        )}
      </header>
      {plan && (
        <>
          <section className="walk__card" aria-label="Route card">
            <h3 className="walk__title">
              {plan.goal === 'patrol' ? 'Patrol' : 'Inspection'} walkthrough, {plan.site.name}
            </h3>
            <p className="walk__summary" data-testid="walk-summary">
              {plan.stops.filter((stop) => stop.floorId !== null).length} stops
              {plan.start ? ` from the ${plan.start.label}` : ''} · {distanceText(plan.totalDistanceM)} · about{' '}
              {durationText(plan.estimatedDurationS)}
            </p>
            {plan.warnings.map((warning) => (
              <p key={warning} className="walk__warning">
                {warning}
              </p>
            ))}
            <div className="walk__actions">
              <button type="button" className="button" onClick={() => window.print()} data-testid="walk-print">
                Print card
              </button>
              <button
                type="button"
                className="button"
                data-testid="walk-pdf"
                onClick={() => run(() => downloadRouteCard(choice))}
              >
                PDF
              </button>
            </div>
            <StopList plan={plan} floors={floorById} />
          </section>
          <section className="walk__map" aria-label="Route on the floor plans">
            <div className="walk__floor-tabs" role="tablist">
              {walkedFloors.map((id) => (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  aria-selected={id === shownFloor}
                  className="button"
                  onClick={() => setShownFloor(id)}
                >
                  {floorById.get(id)?.name ?? id}
                </button>
              ))}
            </div>
            {floor && <RouteMap plan={plan} floor={floor} />}
          </section>
        </>
      )}
    </main>
  );
}
