import type { StateCreator } from 'zustand';
import type { BrokerStatus, IngestCounters } from '../../shared/domain/health.js';
import type { ConnectionState } from '../api/connection-state.js';
import type { WatchfloorState } from './state.js';

export type ConnectionSlice = {
  connection: ConnectionState;
  /** null until the first snapshot. */
  broker: BrokerStatus | null;
  ingest: IngestCounters | null;
  /** Sequence of the last applied snapshot or delta. */
  seq: number | null;
  /** Core clock minus this seat's clock at the last snapshot; alarm ages are measured on the core's clock. */
  clockOffsetMs: number;
  setConnection(connection: ConnectionState): void;
};

export const createConnectionSlice: StateCreator<WatchfloorState, [], [], ConnectionSlice> = (set) => ({
  connection: 'connecting',
  broker: null,
  ingest: null,
  seq: null,
  clockOffsetMs: 0,
  setConnection: (connection) => set({ connection }),
});
