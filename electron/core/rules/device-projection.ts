import type { DeviceEvent } from '../../../shared/contract/device-event.js';
import type { AccessEvent } from '../../../shared/contract/payloads.js';
import type { DeviceState, DoorState } from '../../../shared/domain/device-state.js';

const DOOR_STATE_AFTER: Partial<Record<AccessEvent, DoorState>> = {
  'door-opened': 'open',
  'door-closed': 'closed',
  'door-held-open': 'held-open',
  'door-forced': 'forced',
  'door-fault': 'fault',
};

function withDoor(state: DeviceState, next: DoorState | undefined, at: number): DeviceState['door'] {
  if (!next) return state.door;
  return state.door?.state === next ? state.door : { state: next, since: at };
}

/** What the event changes in the device's picture; merged into it once, in projectDevice. */
function channelChanges(state: DeviceState, event: DeviceEvent): Partial<DeviceState> {
  const at = event.receivedAt;
  switch (event.channel) {
    case 'status':
      return { online: event.payload.online };
    case 'alarm': {
      const { kind } = event.payload;
      const others = state.activeInputs.filter((active) => active !== kind);
      return { activeInputs: event.payload.state === 'active' ? [...others, kind].sort() : others };
    }
    case 'camera': {
      const { status, fps, bitrateKbps, storageFreePct } = event.payload;
      const since = state.camera?.status === status ? state.camera.since : at;
      return {
        camera: {
          status,
          fps: fps ?? null,
          bitrateKbps: bitrateKbps ?? null,
          storageFreePct: storageFreePct ?? null,
          since,
        },
      };
    }
    case 'access': {
      const { event: what, holder, credential, method } = event.payload;
      const door = withDoor(state, DOOR_STATE_AFTER[what], at);
      const isBadge = what === 'granted' || what === 'denied' || what === 'duress';
      const lastAccess = isBadge
        ? { event: what, holder: holder ?? null, credential: credential ?? null, method: method ?? null, at }
        : state.lastAccess;
      return { door, lastAccess };
    }
    case 'checkpoint':
      return { lastCheckpoint: { checkpoint: event.payload.checkpoint, guard: event.payload.guard, at } };
  }
}

/**
 * The device's picture after one event. Any event proves the device is talking, so it is online
 * unless the event itself says otherwise (a last will). Events arriving late never move lastSeenAt back.
 * One copy of the state per event: this runs for every stored event (docs/performance.md).
 */
export function projectDevice(state: DeviceState, event: DeviceEvent): DeviceState {
  return {
    ...state,
    online: true,
    ...channelChanges(state, event),
    lastSeenAt: Math.max(state.lastSeenAt ?? 0, event.receivedAt),
    clockSkewMs: event.deviceTs === null ? state.clockSkewMs : event.receivedAt - event.deviceTs,
  };
}
