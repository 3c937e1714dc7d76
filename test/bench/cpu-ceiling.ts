/**
 * The fastest any durable, searchable subscriber could drain the broker on this machine, from CPU
 * time measured in the same run: per message it must at least do what the bare mqtt.js subscriber
 * does (receive and acknowledge) and what SQLite does to append the event to the log with the
 * indexes the history searches need, and the broker must serve it. Even with every core doing
 * nothing else and the work split perfectly between them, the rate cannot pass
 * `cores × 1 s / (those three)`. A second bound is for one thread, as the core runs: mqtt.js and
 * better-sqlite3 both run on the thread that calls them.
 */
export type CpuCeilingInput = {
  cores: number;
  bareMsgPerS: number;
  /** The bare subscriber's own CPU per message (receive, parse, acknowledge). */
  clientMicrosPerMsg: number;
  /** Mosquitto's CPU per message while the bare subscriber drained. */
  brokerMicrosPerMsg: number;
  /** SQLite alone appending one event to the log, at the batch size the core commits under load. */
  logInsertMicrosPerEvent: number;
};

export type CpuCeiling = {
  leastMicrosPerMsg: number;
  /** Every core on it, perfectly parallel, nothing else running. */
  allCoresMsgPerS: number;
  allCoresRatio: number;
  /** One thread for the subscriber's own work, as mqtt.js and better-sqlite3 run. */
  oneThreadMsgPerS: number;
  oneThreadRatio: number;
};

export function cpuCeiling(input: CpuCeilingInput): CpuCeiling {
  const own = input.clientMicrosPerMsg + input.logInsertMicrosPerEvent;
  const allCores = (input.cores * 1e6) / (own + input.brokerMicrosPerMsg);
  const oneThread = 1e6 / own;
  return {
    leastMicrosPerMsg: own,
    allCoresMsgPerS: allCores,
    allCoresRatio: allCores / input.bareMsgPerS,
    oneThreadMsgPerS: oneThread,
    oneThreadRatio: oneThread / input.bareMsgPerS,
  };
}
