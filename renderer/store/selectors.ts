import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Alarm } from '../../shared/domain/alarm.js';
import type { DeviceState } from '../../shared/domain/device-state.js';
import type { BrokerStatus, IngestCounters } from '../../shared/domain/health.js';
import type { Building, Floor, PlacedDevice } from '../../shared/domain/site.js';
import type { ConnectionState } from '../api/connection-state.js';
import type { MarkerLook } from '../devices/marker-state.js';
import { deviceOf } from './device-book.js';
import { floorAlarmBadge, openAlarmsOfDevice, unplacedDeviceIds, type FloorAlarmBadge } from './derive.js';
import { markerLookSelector } from './marker-look-selector.js';
import type { MapFocus, UiSlice } from './ui-slice.js';
import { useWatchfloor } from './use-watchfloor.js';

// Site
export const useSiteName = (): string | null => useWatchfloor((s) => s.site?.name ?? null);
export const useSiteTimezone = (): string | null => useWatchfloor((s) => s.site?.timezone ?? null);
const NO_BUILDINGS: Building[] = [];
export const useBuildings = (): Building[] => useWatchfloor((s) => s.site?.buildings ?? NO_BUILDINGS);
export const useFloorLabel = (floorId: string | undefined): string | null =>
  useWatchfloor((s) => (floorId === undefined ? null : (s.floorLabelById[floorId] ?? null)));
export const useZoneName = (zoneId: string | null | undefined): string | null =>
  useWatchfloor((s) => (zoneId ? (s.zoneNameById[zoneId] ?? zoneId) : null));
export const usePlacedDevice = (deviceId: string): PlacedDevice | undefined =>
  useWatchfloor((s) => s.placedById[deviceId]);
export const useSelectedFloor = (): Floor | null =>
  useWatchfloor((s) => (s.selectedFloorId === null ? null : (s.floorById[s.selectedFloorId] ?? null)));
export const useFloors = (): Floor[] => useWatchfloor((s) => s.floors);
export const useFloorOfDevice = (deviceId: string): string | null =>
  useWatchfloor((s) => s.placedById[deviceId]?.floorId ?? null);
const NO_DEVICES: PlacedDevice[] = [];
export const useDevicesOnFloor = (floorId: string): PlacedDevice[] =>
  useWatchfloor((s) => s.devicesByFloor[floorId] ?? NO_DEVICES);

// Devices
export const useDeviceState = (deviceId: string): DeviceState | undefined =>
  useWatchfloor((s) => deviceOf(s.devices, deviceId));
export const useMarkerLook = (deviceId: string): MarkerLook =>
  useWatchfloor(useMemo(() => markerLookSelector(deviceId), [deviceId]));
export const useDeviceOpenAlarms = (deviceId: string): readonly Alarm[] =>
  useWatchfloor(useShallow((s) => openAlarmsOfDevice(s, deviceId)));
export const useUnplacedDeviceIds = (): readonly string[] => useWatchfloor(unplacedDeviceIds);

// Alarms
export const useQueueAlarmIds = (): number[] =>
  useWatchfloor(useShallow((s) => s.openAlarmIndex.queue.map((alarm) => alarm.id)));
export const useAlarm = (alarmId: number): Alarm | undefined => useWatchfloor((s) => s.alarms.get(alarmId));
export const useOpenAlarmCount = (): number => useWatchfloor((s) => s.alarms.size);
export const useOpenAlarmCountAtPriority = (priority: Alarm['priority']): number =>
  useWatchfloor((s) => s.openAlarmIndex.countByPriority[priority - 1] ?? 0);
export const useFloorAlarmBadge = (floorId: string): FloorAlarmBadge =>
  useWatchfloor(useShallow((s) => floorAlarmBadge(s, floorId)));

// Connection
export const useConnectionState = (): ConnectionState => useWatchfloor((s) => s.connection);
export const useBrokerStatus = (): BrokerStatus | null => useWatchfloor((s) => s.broker);
export const useIngestCounters = (): IngestCounters | null => useWatchfloor((s) => s.ingest);
export const useClockOffsetMs = (): number => useWatchfloor((s) => s.clockOffsetMs);

// Selection
export const useSelectedAlarmId = (): number | null => useWatchfloor((s) => s.selectedAlarmId);
export const useSelectedDeviceId = (): string | null => useWatchfloor((s) => s.selectedDeviceId);
export const useIsDeviceSelected = (deviceId: string): boolean => useWatchfloor((s) => s.selectedDeviceId === deviceId);
export const useMapFocus = (): MapFocus | null => useWatchfloor((s) => s.mapFocus);
// Actions never change identity, so these subscriptions never fire; one per action keeps it that cheap.
export const useSelectFloor = (): UiSlice['selectFloor'] => useWatchfloor((s) => s.selectFloor);
export const useSelectDevice = (): UiSlice['selectDevice'] => useWatchfloor((s) => s.selectDevice);
export const useSelectAlarm = (): UiSlice['selectAlarm'] => useWatchfloor((s) => s.selectAlarm);
