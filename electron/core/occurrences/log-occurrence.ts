import type { SeatCommand } from '../../../shared/live/commands.js';
import type { Actor } from '../rules/alarm-lifecycle.js';
import type { Handled } from '../situation/seat-commands.js';
import type { Situation } from '../situation/situation.js';
import { locationProblem, occurredAtProblem } from './occurrence-checks.js';

export type LogOccurrence = Extract<SeatCommand, { action: 'log-occurrence' }>;

const refused = (message: string): Handled => ({ result: { ok: false, refusal: 'invalid', message }, changes: [] });

/**
 * A guard logs something no device reported. The whole report goes into the hash-chained log, so
 * the narrative is as tamper-evident as any alarm action. Call inside the desk's transaction.
 */
export function logOccurrence(situation: Situation, command: LogOccurrence, actor: Actor, at: number): Handled {
  const problem = locationProblem(situation.site, command.location) ?? occurredAtProblem(command.occurredAt, at);
  if (problem) return refused(problem);
  const alarmIds = [...new Set(command.alarmIds)];
  const missing = alarmIds.filter((id) => !situation.alarm(id) && !situation.store.alarms.get(id));
  if (missing.length > 0) return refused(`there is no alarm ${missing.join(', ')}`);

  const occurrence = situation.store.occurrences.insert({
    category: command.category,
    location: command.location,
    people: command.people,
    vehicles: command.vehicles,
    narrative: command.narrative,
    alarmIds,
    siteId: situation.siteId,
    occurredAt: command.occurredAt ?? at,
    loggedBy: actor.operator,
    seat: actor.seat,
    loggedAt: at,
  });
  const { id, category, location, people, vehicles, narrative, occurredAt } = occurrence;
  situation.store.actions.append({
    ...actor,
    at,
    action: 'log-occurrence',
    alarmId: null,
    incidentId: null,
    deviceId: null,
    detail: { occurrenceId: id, category, location, people, vehicles, narrative, alarmIds, occurredAt },
  });
  return { result: { ok: true }, changes: [] };
}
