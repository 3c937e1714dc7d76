import type { Floor } from '../../shared/domain/site.js';
import { useBuildings, useFloorAlarmBadge, useSelectedFloor, useSelectFloor } from '../store/selectors.js';

function FloorButton({ floor, selected }: { floor: Floor; selected: boolean }) {
  const selectFloor = useSelectFloor();
  const badge = useFloorAlarmBadge(floor.id);
  return (
    <button
      type="button"
      className="floor-switcher__floor"
      data-floor-id={floor.id}
      aria-pressed={selected}
      onClick={() => selectFloor(floor.id)}
    >
      <span className="floor-switcher__name">{floor.name}</span>
      {badge.count > 0 && (
        <span
          className={`floor-switcher__badge floor-switcher__badge--${badge.level ?? 'trouble'}`}
          data-testid="floor-alarm-count"
          aria-label={`${badge.count} open alarm${badge.count === 1 ? '' : 's'}`}
        >
          {badge.count}
        </span>
      )}
    </button>
  );
}

/** Floors top-down as in a lift, per building, each with its open-alarm count so a guard sees where trouble is. */
export function FloorSwitcher() {
  const buildings = useBuildings();
  const selected = useSelectedFloor();
  return (
    <nav className="floor-switcher" aria-label="Floors">
      {buildings.map((building) => (
        <div key={building.id} className="floor-switcher__building" role="group" aria-label={building.name}>
          {buildings.length > 1 && <div className="floor-switcher__building-name">{building.name}</div>}
          {[...building.floors]
            .sort((a, b) => b.level - a.level)
            .map((floor) => (
              <FloorButton key={floor.id} floor={floor} selected={floor.id === selected?.id} />
            ))}
        </div>
      ))}
    </nav>
  );
}
