import type { AlarmPolicy } from '../../shared/domain/alarm-policy.js';
import type { Incident } from '../../shared/domain/incident.js';
import type { SeatAction } from '../../shared/live/commands.js';
import type { QueueFilters } from '../alarms/queue-filters.js';
import type { QueueView } from '../alarms/queue-view.js';
import type { DeskDialog } from '../dialogs/desk-dialog.js';
import type { SeatIdentity } from '../seat/seat-identity.js';
import type { CommandsSlice } from './commands-slice.js';
import type { DeskSlice } from './desk-slice.js';
import { outOfServiceDeviceIds } from './out-of-service.js';
import type { QueueSlice } from './queue-slice.js';
import { queueView } from './queue-view-selector.js';
import type { SeatSlice } from './seat-slice.js';
import type { Toast, ToastsSlice } from './toasts-slice.js';
import { useWatchfloor } from './use-watchfloor.js';

// Seat
export const useSeatIdentity = (): SeatIdentity | null => useWatchfloor((s) => s.identity);
export const useBrowserSeat = (): string => useWatchfloor((s) => s.browserSeat);
export const useMuted = (): boolean => useWatchfloor((s) => s.muted);
export const useSoundReady = (): boolean => useWatchfloor((s) => s.soundReady);
export const useSignIn = (): SeatSlice['signIn'] => useWatchfloor((s) => s.signIn);
export const useSignOut = (): SeatSlice['signOut'] => useWatchfloor((s) => s.signOut);
export const useSession = (): SeatSlice['session'] => useWatchfloor((s) => s.session);
export const useSessionChecked = (): boolean => useWatchfloor((s) => s.sessionChecked);

// Queue
export const useQueueView = (): QueueView => useWatchfloor(queueView);
export const useSelectedIncidentId = (): number | null => useWatchfloor((s) => s.selectedIncidentId);
export const useIncident = (incidentId: number | null): Incident | undefined =>
  useWatchfloor((s) => (incidentId === null ? undefined : s.incidents.get(incidentId)));
export const useFilters = (): QueueFilters => useWatchfloor((s) => s.filters);
export const useSetFilters = (): QueueSlice['setFilters'] => useWatchfloor((s) => s.setFilters);
export const useToggleIncident = (): QueueSlice['toggleIncident'] => useWatchfloor((s) => s.toggleIncident);
export const useSelectRow = (): QueueSlice['selectRow'] => useWatchfloor((s) => s.selectRow);
export const useRecentRaises = (): ReadonlyMap<number, number> => useWatchfloor((s) => s.recentRaises);
export const useOutOfServiceDeviceIds = (): readonly string[] => useWatchfloor(outOfServiceDeviceIds);
export const useUnacknowledgedCount = (): number => useWatchfloor((s) => s.openAlarmIndex.unacknowledged);
export const usePolicy = (): AlarmPolicy | null => useWatchfloor((s) => s.policy);

// Commands
export const usePendingAction = (alarmId: number): SeatAction | null =>
  useWatchfloor((s) => s.pending.get(alarmId) ?? null);
/** The refusal flash to play on this row: its nonce, or 0 for none. */
export const useRefusalFlash = (alarmId: number): number =>
  useWatchfloor((s) => (s.refusalFlash?.alarmIds.includes(alarmId) ? s.refusalFlash.nonce : 0));
export const useRunCommand = (): CommandsSlice['runCommand'] => useWatchfloor((s) => s.runCommand);

// Desk
export const useDetailOpen = (): boolean => useWatchfloor((s) => s.detailOpen);
export const useDialog = (): DeskDialog | null => useWatchfloor((s) => s.dialog);
export const useOpenDialog = (): DeskSlice['openDialog'] => useWatchfloor((s) => s.openDialog);
export const useCloseDialog = (): DeskSlice['closeDialog'] => useWatchfloor((s) => s.closeDialog);
export const useOpenDetail = (): DeskSlice['openDetail'] => useWatchfloor((s) => s.openDetail);
export const useCloseDetail = (): DeskSlice['closeDetail'] => useWatchfloor((s) => s.closeDetail);

// Toasts
export const useToasts = (): readonly Toast[] => useWatchfloor((s) => s.toasts);
export const useDismissToast = (): ToastsSlice['dismissToast'] => useWatchfloor((s) => s.dismissToast);
