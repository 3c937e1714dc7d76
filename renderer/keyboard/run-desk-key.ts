import type { Alarm } from '../../shared/domain/alarm.js';
import type { WatchfloorState } from '../store/state.js';
import { deviceOf } from '../store/device-book.js';
import type { WatchfloorStore } from '../store/store.js';
import type { DeskKey } from './key-map.js';
import { ALARM_INTENTS, type DeskIntent } from './shortcuts.js';
import { openShiftDialog } from '../shifts/shift-intent.js';

const NEEDS_ALARM: ReadonlySet<DeskIntent> = new Set(ALARM_INTENTS);

function info(state: WatchfloorState, message: string): void {
  state.addToast({ kind: 'info', message, alarmId: null });
}

/** Carries out what a desk key asks; store actions only, so it runs the same under test. */
export function runDeskKey(key: DeskKey, store: WatchfloorStore): void {
  const state = store.getState();
  switch (key.intent) {
    case 'next':
      return state.moveCursor(1);
    case 'previous':
      return state.moveCursor(-1);
    case 'open':
      if (state.selectedIncidentId !== null) return state.toggleIncident(state.selectedIncidentId);
      return state.selectedAlarmId === null ? state.moveCursor(1) : state.openDetail();
    case 'expand':
    case 'collapse':
      return foldIncident(state, key.intent === 'expand');
    case 'close':
      return state.detailOpen ? state.closeDetail() : state.dismissAllToasts();
    case 'mute':
      return state.setMuted(!state.muted);
    case 'shortcuts':
      return state.openDialog({ kind: 'shortcuts' });
    case 'handover':
      return state.identity === null ? undefined : openShiftDialog(state);
    case 'log-occurrence':
      return state.identity === null ? undefined : state.startOccurrence();
  }
  const alarm = state.selectedAlarmId === null ? undefined : state.alarms.get(state.selectedAlarmId);
  if (NEEDS_ALARM.has(key.intent) && !alarm) return info(state, 'Select an alarm first: ↓ or j.');
  if (!alarm) return;
  if (state.identity === null) return;
  actOnAlarm(key, alarm, state);
}

function actOnAlarm(key: DeskKey, alarm: Alarm, state: WatchfloorState): void {
  const { id: alarmId, version } = alarm;
  switch (key.intent) {
    case 'acknowledge':
    case 'reset':
    case 'unshelve':
      return void state.runCommand({ action: key.intent, alarmId, version });
    case 'claim':
      return void state.runCommand({ action: 'claim', alarmId, version, takeOver: false });
    case 'take-over':
      return state.openDialog({ kind: 'take-over', alarmId, version });
    case 'checklist': {
      const step = alarm.checklist[key.step];
      if (!step) return info(state, `This alarm's checklist has no step ${key.step + 1}.`);
      return void state.runCommand({
        action: 'checklist',
        alarmId,
        version,
        step: key.step,
        done: step.doneAt === null,
      });
    }
    case 'note':
      return state.openDialog({ kind: 'note', alarmId });
    case 'dispatch':
    case 'shelve':
    case 'resolve':
      return state.openDialog({ kind: key.intent, alarmId, version });
    case 'acknowledge-incident': {
      const incidentId = state.selectedIncidentId ?? alarm.incidentId;
      if (incidentId === null) return info(state, 'This alarm is not part of an incident: use a to acknowledge it.');
      return void state.runCommand({ action: 'acknowledge-incident', incidentId });
    }
    case 'service': {
      const outOfService = deviceOf(state.devices, alarm.deviceId)?.outOfService;
      return state.openDialog({
        kind: outOfService ? 'return-to-service' : 'out-of-service',
        deviceId: alarm.deviceId,
      });
    }
  }
}

/** → shows an incident's alarms, ← folds it again, from its line or from any of its alarms. */
function foldIncident(state: WatchfloorState, expand: boolean): void {
  const alarm = state.selectedAlarmId === null ? undefined : state.alarms.get(state.selectedAlarmId);
  const incidentId = state.selectedIncidentId ?? alarm?.incidentId ?? null;
  if (incidentId === null || state.expandedIncidents.has(incidentId) === expand) return;
  state.toggleIncident(incidentId, expand);
  if (!expand) state.selectRow(`incident:${incidentId}`);
}
