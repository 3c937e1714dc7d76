import type { Floor } from '../../shared/domain/site.js';
import type { WalkthroughPlan } from '../../shared/domain/walkthrough.js';

/** The route card on screen and on paper: a box to tick, what and where, and why it is on the route. */
export function StopList({ plan, floors }: { plan: WalkthroughPlan; floors: ReadonlyMap<string, Floor> }) {
  if (plan.stops.length === 0) return <p className="walk-empty">Nothing needs a visit.</p>;
  return (
    <ol className="walk-stops" data-testid="walk-stops">
      {plan.stops.map((stop) => {
        const rides = stop.leg?.rides.map(
          (ride) => `${ride.name} to ${floors.get(ride.toFloorId)?.name ?? ride.toFloorId}`,
        );
        return (
          <li key={stop.deviceId} className="walk-stop-row" data-device-id={stop.deviceId}>
            <label className="walk-stop-row__head">
              <input type="checkbox" aria-label={`Done: ${stop.name}`} />
              <span className="walk-stop-row__order">{stop.order}.</span>
              <span className="walk-stop-row__name">{stop.name}</span>
              <span className="walk-stop-row__where">
                {stop.floorId === null ? 'not placed on any plan' : (floors.get(stop.floorId)?.name ?? stop.floorId)}
              </span>
            </label>
            <ul className="walk-stop-row__reasons">
              {stop.reasons.map((reason) => (
                <li key={reason.code} data-reason={reason.code}>
                  {reason.text}
                </li>
              ))}
            </ul>
            {rides && rides.length > 0 && <p className="walk-stop-row__way">Way: {rides.join(', then ')}</p>}
          </li>
        );
      })}
    </ol>
  );
}
