import { randomInt } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { startSimulator, type RunningSimulator } from '../../../fixtures/simulator/index.js';
import type { Drill, StartDrillRequest } from '../../../shared/api/drills.js';
import { startDrillRequestSchema } from '../../../shared/api/drills.js';
import type { Site } from '../../../shared/domain/site.js';
import type { Logger } from '../log.js';
import type { ActionLog } from '../store/action-log.js';
import { drillRecords } from '../store/drill-records.js';
import type { DrillBroker } from './drill-broker.js';

/**
 * One drill at a time: two overlapping drills would score guards on each other's alarms, and each
 * doubles the site's traffic. A drill nobody ends stops itself after `maxDurationMs`.
 */
export const DRILL_LIMITS = { running: 1, maxDurationMs: 4 * 3_600_000, listed: 200 } as const;

/** Drill start and end are logged from the supervisor's screen, not a guard seat. */
const SEAT = 'drill-control';

export type DrillOutcome = { ok: true; drill: Drill } | { ok: false; status: 404 | 409 | 502; error: string };

export type DrillDeskDeps = {
  db: Database;
  actions: ActionLog;
  /** The site as now saved: the drill's devices are its devices. */
  site(): Site | null;
  broker: DrillBroker;
  log: Logger;
};

type Running = { simulator: RunningSimulator | null; timer: ReturnType<typeof setTimeout> };

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Starts and ends drills: a row and an action-log entry each, and the simulator playing the scenario. */
export function drillDesk(deps: DrillDeskDeps) {
  const records = drillRecords(deps.db);
  const running = new Map<number, Running>();

  const endRow = deps.db.transaction((id: number, by: string, at: number, reason: string) => {
    const drill = records.end(id, by, at, reason);
    if (!drill) return undefined;
    deps.actions.append({
      at,
      operator: by,
      seat: by === 'system' ? 'core' : SEAT,
      action: 'end-drill',
      alarmId: null,
      incidentId: null,
      deviceId: null,
      detail: { drillId: id, scenario: drill.scenario, reason },
    });
    return drill;
  });
  const startRow = deps.db.transaction((request: Omit<Drill, 'id' | 'endedBy' | 'endedAt' | 'endReason'>) => {
    const drill = records.start(request);
    deps.actions.append({
      at: drill.startedAt,
      operator: drill.startedBy,
      seat: SEAT,
      action: 'start-drill',
      alarmId: null,
      incidentId: null,
      deviceId: null,
      detail: { drillId: drill.id, scenario: drill.scenario, speed: drill.speed, seed: drill.seed },
    });
    return drill;
  });

  // A drill left running by a console that stopped has no simulator any more.
  for (const left of records.running()) endRow(left.id, 'system', Date.now(), 'console restarted');

  async function end(id: number, by: string, reason: string): Promise<DrillOutcome> {
    const drill = endRow(id, by, Date.now(), reason);
    if (!drill) {
      const known = records.get(id);
      return known
        ? { ok: false, status: 409, error: `drill ${id} has already ended` }
        : { ok: false, status: 404, error: `no drill ${id}` };
    }
    const entry = running.get(id);
    running.delete(id);
    if (entry) {
      clearTimeout(entry.timer);
      await entry.simulator?.stop();
    }
    deps.log.info(`drill ${id} ended by ${by}: ${reason}`);
    return { ok: true, drill };
  }

  async function start(input: StartDrillRequest, by: string): Promise<DrillOutcome> {
    const request = startDrillRequestSchema.parse(input);
    const busy = records.running();
    if (busy.length >= DRILL_LIMITS.running)
      return {
        ok: false,
        status: 409,
        error: `drill ${busy.map((drill) => drill.id).join(', ')} is running: end it first`,
      };
    const site = deps.site();
    if (!site) return { ok: false, status: 409, error: 'no site loaded: a drill plays on the site devices' };
    const drill = startRow({
      scenario: request.scenario,
      speed: request.speed,
      seed: request.seed ?? randomInt(2 ** 31 - 1),
      startedBy: by,
      startedAt: Date.now(),
    });
    const entry: Running = {
      simulator: null,
      timer: setTimeout(() => void end(drill.id, 'system', 'time limit'), DRILL_LIMITS.maxDurationMs),
    };
    entry.timer.unref();
    running.set(drill.id, entry);
    try {
      const simulator = await startSimulator({
        ...deps.broker,
        site,
        scenario: drill.scenario,
        seed: drill.seed,
        speed: drill.speed,
        drill: drill.id,
        log: (line) => deps.log.info(`drill ${drill.id}: ${line}`),
      });
      // Ended while its devices were still connecting: they go straight back off.
      if (running.get(drill.id) !== entry) await simulator.stop();
      else entry.simulator = simulator;
    } catch (error) {
      await end(drill.id, 'system', `simulator could not start: ${errorText(error)}`);
      return { ok: false, status: 502, error: `drill ${drill.id} could not start: ${errorText(error)}` };
    }
    deps.log.info(`drill ${drill.id} (${drill.scenario}) started by ${by}`);
    return { ok: true, drill: records.get(drill.id) ?? drill };
  }

  return {
    start,
    end: (id: number, by: string) => end(id, by, `ended by ${by}`),
    get: (id: number): Drill | undefined => records.get(id),
    recent: (limit: number = DRILL_LIMITS.listed): Drill[] => records.recent(Math.min(limit, DRILL_LIMITS.listed)),
    /** The console is stopping: every running drill ends, its devices disconnected. */
    async stopAll(): Promise<void> {
      await Promise.all([...running.keys()].map((id) => end(id, 'system', 'console stopped')));
    },
  };
}
export type DrillDesk = ReturnType<typeof drillDesk>;
