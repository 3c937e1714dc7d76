import type { Alarm, AlarmCategory, Priority } from '../../shared/domain/alarm.js';

/** Toggle chips: within a group, none pressed shows everything; pressed ones show only themselves. */
export type QueueFilters = {
  priorities: readonly Priority[];
  categories: readonly AlarmCategory[];
  floors: readonly string[];
};

export const NO_FILTERS: QueueFilters = { priorities: [], categories: [], floors: [] };

export const filtersActive = (filters: QueueFilters): boolean =>
  filters.priorities.length + filters.categories.length + filters.floors.length > 0;

export function passesFilters(alarm: Alarm, floorId: string | null, filters: QueueFilters): boolean {
  if (filters.priorities.length > 0 && !filters.priorities.includes(alarm.priority)) return false;
  if (filters.categories.length > 0 && !filters.categories.includes(alarm.category)) return false;
  return filters.floors.length === 0 || (floorId !== null && filters.floors.includes(floorId));
}

export function toggled<T>(values: readonly T[], value: T): readonly T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
