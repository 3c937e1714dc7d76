import { PRIORITIES, type AlarmCategory } from '../../shared/domain/alarm.js';
import { useFilters, useSetFilters } from '../store/desk-selectors.js';
import { useFloors } from '../store/selectors.js';
import { toggled } from './queue-filters.js';

const CATEGORIES = [
  ['alarm', 'Alarms'],
  ['trouble', 'Trouble'],
] as const satisfies readonly (readonly [AlarmCategory, string])[];

function Chip({
  label,
  pressed,
  testId,
  onToggle,
}: {
  label: string;
  pressed: boolean;
  testId: string;
  onToggle(): void;
}) {
  return (
    <button type="button" className="chip" aria-pressed={pressed} data-testid={testId} onClick={onToggle}>
      {label}
    </button>
  );
}

/** Toggle chips to narrow the queue; within a group, none pressed means all. */
export function QueueFilterBar() {
  const filters = useFilters();
  const setFilters = useSetFilters();
  const floors = useFloors();
  return (
    <div className="queue-filters" role="toolbar" aria-label="Filter the queue">
      <div className="queue-filters__group" role="group" aria-label="Priority">
        {PRIORITIES.map((priority) => (
          <Chip
            key={priority}
            label={`P${priority}`}
            testId={`filter-p${priority}`}
            pressed={filters.priorities.includes(priority)}
            onToggle={() => setFilters({ ...filters, priorities: toggled(filters.priorities, priority) })}
          />
        ))}
      </div>
      <div className="queue-filters__group" role="group" aria-label="Kind">
        {CATEGORIES.map(([category, label]) => (
          <Chip
            key={category}
            label={label}
            testId={`filter-${category}`}
            pressed={filters.categories.includes(category)}
            onToggle={() => setFilters({ ...filters, categories: toggled(filters.categories, category) })}
          />
        ))}
      </div>
      {floors.length > 1 && (
        <div className="queue-filters__group" role="group" aria-label="Floor">
          {floors.map((floor) => (
            <Chip
              key={floor.id}
              label={floor.name}
              testId={`filter-floor-${floor.id}`}
              pressed={filters.floors.includes(floor.id)}
              onToggle={() => setFilters({ ...filters, floors: toggled(filters.floors, floor.id) })}
            />
          ))}
        </div>
      )}
    </div>
  );
}
