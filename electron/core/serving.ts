import { startSimulator, type RunningSimulator } from '../../fixtures/simulator/index.js';
import type { ConsoleConfig } from './config/schema.js';
import { startConsole, type RunningConsole } from './console.js';
import { consoleLogger, type Logger } from './log.js';
import { loadPatrolPlan } from './patrols/load-patrol-plan.js';
import { loadSite } from './site/load-site.js';

export type Serving = RunningConsole & { simulator: { scenario: string; seed: number } | null };

/** The simulator runs when asked to, or by default when the console brings its own broker. */
export function simulatorWanted(config: ConsoleConfig): boolean {
  const { enabled } = config.simulator;
  return enabled === true || (enabled === 'auto' && !config.broker.url);
}

/**
 * The console as configured, with the device simulator when wanted: what `watchfloor serve` and
 * the desktop app's core process both run.
 */
export async function startServing(config: ConsoleConfig, log: Logger): Promise<Serving> {
  // With simulated devices this is a demonstration: it comes with accounts to try it with.
  const running = await startConsole(config, log, { demoAccounts: simulatorWanted(config) });
  let simulator: RunningSimulator | null = null;
  if (simulatorWanted(config)) {
    const simLog = consoleLogger('simulator');
    try {
      const site = loadSite(config.site.dir);
      simulator = await startSimulator({
        brokerUrl: running.brokerUrl,
        site,
        patrols: loadPatrolPlan(config.site.dir, site),
        scenario: config.simulator.scenario,
        seed: config.simulator.seed,
        speed: config.simulator.speed,
        username: config.broker.username,
        password: config.broker.password,
        log: (line) => simLog.info(line),
      });
    } catch (error) {
      await running.stop();
      throw error;
    }
  }
  return {
    ...running,
    simulator: simulator ? { scenario: config.simulator.scenario, seed: config.simulator.seed } : null,
    async stop() {
      await simulator?.stop();
      await running.stop();
    },
  };
}
