import type { ReactNode } from 'react';
import { OCCURRENCE_LIMITS, OCCURRENCE_TEXT_LIMITS, PERSON_ROLES } from '../../shared/domain/occurrence.js';
import type { DraftPerson, DraftVehicle } from './occurrence-draft.js';
import { useEditOccurrence } from './occurrence-selectors.js';
import { ROLE_LABEL } from './occurrence-words.js';

const replaced = <T,>(rows: readonly T[], index: number, row: T): T[] => rows.map((r, i) => (i === index ? row : r));
const removed = <T,>(rows: readonly T[], index: number): T[] => rows.filter((_, i) => i !== index);

/**
 * A group of rows the guard adds and removes, up to the report's cap: each row's own fields, then
 * its Remove button; the Add button under them.
 */
function InvolvedGroup<T>({
  legend,
  testId,
  rows,
  cap,
  noun,
  fresh,
  onChange,
  fields,
}: {
  legend: string;
  testId: string;
  rows: readonly T[];
  cap: number;
  noun: 'person' | 'vehicle';
  fresh: T;
  onChange: (rows: T[]) => void;
  fields: (row: T, index: number, set: (row: T) => void) => ReactNode;
}) {
  return (
    <fieldset className="occurrence__group" data-testid={testId}>
      <legend className="field__label">{legend}</legend>
      {rows.map((row, index) => (
        <div key={index} className="occurrence__row">
          {fields(row, index, (next) => onChange(replaced(rows, index, next)))}
          <button type="button" className="button button--small" onClick={() => onChange(removed(rows, index))}>
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--small"
        data-testid={`add-${noun}`}
        disabled={rows.length >= cap}
        onClick={() => onChange([...rows, fresh])}
      >
        Add {noun}
      </button>
    </fieldset>
  );
}

/** People involved: a row each, added and removed by the guard, up to the report's cap. */
export function InvolvedPeople({ people }: { people: readonly DraftPerson[] }) {
  const edit = useEditOccurrence();
  return (
    <InvolvedGroup<DraftPerson>
      legend="People involved"
      testId="occurrence-people"
      rows={people}
      cap={OCCURRENCE_LIMITS.people}
      noun="person"
      fresh={{ role: 'witness', name: '', description: '' }}
      onChange={(rows) => edit({ people: rows })}
      fields={(person, index, set) => (
        <>
          <select
            aria-label={`Person ${index + 1}: role`}
            value={person.role}
            onChange={(event) => {
              const role = PERSON_ROLES.find((r) => r === event.target.value);
              if (role) set({ ...person, role });
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
            onChange={(event) => set({ ...person, name: event.target.value })}
          />
          <input
            aria-label={`Person ${index + 1}: description`}
            data-testid={`person-description-${index}`}
            placeholder="Description (required)"
            maxLength={OCCURRENCE_TEXT_LIMITS.description}
            value={person.description}
            onChange={(event) => set({ ...person, description: event.target.value })}
          />
        </>
      )}
    />
  );
}

/** Vehicles involved, likewise. */
export function InvolvedVehicles({ vehicles }: { vehicles: readonly DraftVehicle[] }) {
  const edit = useEditOccurrence();
  return (
    <InvolvedGroup<DraftVehicle>
      legend="Vehicles involved"
      testId="occurrence-vehicles"
      rows={vehicles}
      cap={OCCURRENCE_LIMITS.vehicles}
      noun="vehicle"
      fresh={{ plate: '', description: '' }}
      onChange={(rows) => edit({ vehicles: rows })}
      fields={(vehicle, index, set) => (
        <>
          <input
            aria-label={`Vehicle ${index + 1}: plate, if seen`}
            placeholder="Plate, if seen"
            maxLength={OCCURRENCE_TEXT_LIMITS.plate}
            value={vehicle.plate}
            onChange={(event) => set({ ...vehicle, plate: event.target.value })}
          />
          <input
            aria-label={`Vehicle ${index + 1}: description`}
            data-testid={`vehicle-description-${index}`}
            placeholder="Description (required)"
            maxLength={OCCURRENCE_TEXT_LIMITS.description}
            value={vehicle.description}
            onChange={(event) => set({ ...vehicle, description: event.target.value })}
          />
        </>
      )}
    />
  );
}
