import type { SeatCommandInput } from '../../shared/live/commands.js';
import type { WatchfloorState } from '../store/state.js';

type Lookup = Pick<WatchfloorState, 'alarms' | 'incidents' | 'alarmIdsByDevice'>;

/** The queue rows a command is about: they show it pending, and flash if it is refused. */
export function commandTargets(state: Lookup, command: SeatCommandInput): readonly number[] {
  switch (command.action) {
    case 'acknowledge-incident': {
      const incident = state.incidents.get(command.incidentId);
      if (incident) return incident.alarmIds.filter((id) => state.alarms.has(id));
      return [...state.alarms.values()].filter((a) => a.incidentId === command.incidentId).map((a) => a.id);
    }
    case 'out-of-service':
    case 'return-to-service':
      return state.alarmIdsByDevice.get(command.deviceId) ?? [];
    case 'start-shift':
    case 'end-shift':
    case 'acknowledge-handover':
      return [];
    case 'log-occurrence':
      return command.alarmIds ?? [];
    default:
      return [command.alarmId];
  }
}
