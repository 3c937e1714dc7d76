/** Ingest counters since the core started; names are part of the /api/health contract. */
export type IngestCounters = {
  received: number;
  stored: number;
  duplicates: number;
  quarantined: number;
  /** Empty publishes (a retained message being cleared): neither events nor errors. */
  ignored: number;
};

export type BrokerStatus = {
  /** Broker URL without credentials. */
  url: string;
  connected: boolean;
  since: number;
  lastError: string | null;
};
