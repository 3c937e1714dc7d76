import type { Building } from '../../shared/domain/site.js';
import { MAX_WALKTHROUGH_DAYS, WALKTHROUGH_GOALS, type WalkthroughGoal } from '../../shared/domain/walkthrough.js';
import type { PlannerChoice } from './walkthrough-api.js';

type Props = {
  buildings: Building[];
  choice: PlannerChoice;
  onChange(choice: PlannerChoice): void;
  onPlan(): void;
  busy: boolean;
};

const isGoal = (value: string): value is WalkthroughGoal => (WALKTHROUGH_GOALS as readonly string[]).includes(value);

/** Building, floors, goal and look-back: what a planner decides before asking for a route. */
export function PlannerForm({ buildings, choice, onChange, onPlan, busy }: Props) {
  const building = buildings.find((b) => b.id === choice.building) ?? buildings[0];
  const toggleFloor = (id: string, on: boolean) =>
    onChange({ ...choice, floors: on ? [...choice.floors, id] : choice.floors.filter((floor) => floor !== id) });
  return (
    <form
      className="walk-form"
      onSubmit={(event) => {
        event.preventDefault();
        onPlan();
      }}
    >
      {buildings.length > 1 && (
        <label>
          Building
          <select
            value={building?.id ?? ''}
            onChange={(event) => onChange({ ...choice, building: event.target.value, floors: [] })}
          >
            {buildings.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="walk-form__floors">
        <legend>Floors (none ticked: all)</legend>
        {(building?.floors ?? []).map((floor) => (
          <label key={floor.id}>
            <input
              type="checkbox"
              data-floor-id={floor.id}
              checked={choice.floors.includes(floor.id)}
              onChange={(event) => toggleFloor(floor.id, event.target.checked)}
            />
            {floor.name}
          </label>
        ))}
      </fieldset>
      <label>
        Goal
        <select
          data-testid="walk-goal"
          value={choice.goal}
          onChange={(event) => isGoal(event.target.value) && onChange({ ...choice, goal: event.target.value })}
        >
          <option value="inspection">Inspection: devices needing attention</option>
          <option value="patrol">Patrol: every checkpoint</option>
        </select>
      </label>
      <label>
        Last
        <input
          type="number"
          min={1}
          max={MAX_WALKTHROUGH_DAYS}
          value={choice.days}
          onChange={(event) => onChange({ ...choice, days: Math.max(1, Number(event.target.value) || 1) })}
        />
        days
      </label>
      <button type="submit" className="button button--primary" data-testid="walk-plan" disabled={busy}>
        {busy ? 'Planning…' : 'Plan walkthrough'}
      </button>
    </form>
  );
}
