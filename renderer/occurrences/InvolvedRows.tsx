import { OCCURRENCE_LIMITS, OCCURRENCE_TEXT_LIMITS, PERSON_ROLES } from '../../shared/domain/occurrence.js';
import type { DraftPerson, DraftVehicle } from './occurrence-draft.js';
import { useEditOccurrence } from './occurrence-selectors.js';
import { ROLE_LABEL } from './occurrence-words.js';

const replaced = <T,>(rows: readonly T[], index: number, row: T): T[] => rows.map((r, i) => (i === index ? row : r));
const removed = <T,>(rows: readonly T[], index: number): T[] => rows.filter((_, i) => i !== index);

/** People involved: a row each, added and removed by the guard, up to the report's cap. */
export function InvolvedPeople({ people }: { people: readonly DraftPerson[] }) {
  const edit = useEditOccurrence();
  const set = (index: number, person: DraftPerson) => edit({ people: replaced(people, index, person) });
  return (
    <fieldset className="occurrence__group" data-testid="occurrence-people">
      <legend className="field__label">People involved</legend>
      {people.map((person, index) => (
        <div key={index} className="occurrence__row">
          <select
            aria-label={`Person ${index + 1}: role`}
            value={person.role}
            onChange={(event) => {
              const role = PERSON_ROLES.find((r) => r === event.target.value);
              if (role) set(index, { ...person, role });
            }}
          >
            {PERSON_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}
              </option>
            ))}
          </select>
          <input
            aria-label={`Person ${index + 1}: name, if known`}
            placeholder="Name, if known"
            maxLength={OCCURRENCE_TEXT_LIMITS.name}
            value={person.name}
            onChange={(event) => set(index, { ...person, name: event.target.value })}
          />
          <input
            aria-label={`Person ${index + 1}: description`}
            data-testid={`person-description-${index}`}
            placeholder="Description (required)"
            maxLength={OCCURRENCE_TEXT_LIMITS.description}
            value={person.description}
            onChange={(event) => set(index, { ...person, description: event.target.value })}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => edit({ people: removed(people, index) })}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        data-testid="add-person"
        disabled={people.length >= OCCURRENCE_LIMITS.people}
        onClick={() => edit({ people: [...people, { role: 'witness', name: '', description: '' }] })}
      >
        Add person
      </button>
    </fieldset>
  );
}

/** Vehicles involved, likewise. */
export function InvolvedVehicles({ vehicles }: { vehicles: readonly DraftVehicle[] }) {
  const edit = useEditOccurrence();
  const set = (index: number, vehicle: DraftVehicle) => edit({ vehicles: replaced(vehicles, index, vehicle) });
  return (
    <fieldset className="occurrence__group" data-testid="occurrence-vehicles">
      <legend className="field__label">Vehicles involved</legend>
      {vehicles.map((vehicle, index) => (
        <div key={index} className="occurrence__row">
          <input
            aria-label={`Vehicle ${index + 1}: plate, if seen`}
            placeholder="Plate, if seen"
            maxLength={OCCURRENCE_TEXT_LIMITS.plate}
            value={vehicle.plate}
            onChange={(event) => set(index, { ...vehicle, plate: event.target.value })}
          />
          <input
            aria-label={`Vehicle ${index + 1}: description`}
            data-testid={`vehicle-description-${index}`}
            placeholder="Description (required)"
            maxLength={OCCURRENCE_TEXT_LIMITS.description}
            value={vehicle.description}
            onChange={(event) => set(index, { ...vehicle, description: event.target.value })}
          />
          <button
            type="button"
            className="button button--small"
            onClick={() => edit({ vehicles: removed(vehicles, index) })}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        data-testid="add-vehicle"
        disabled={vehicles.length >= OCCURRENCE_LIMITS.vehicles}
        onClick={() => edit({ vehicles: [...vehicles, { plate: '', description: '' }] })}
      >
        Add vehicle
      </button>
    </fieldset>
  );
}
