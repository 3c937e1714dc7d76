import { startSimulator, type RunningSimulator } from '../../../fixtures/simulator/index.js';
import { loadConfig } from '../config/load.js';
import { parseServeFlags } from '../config/flags.js';
import { startConsole } from '../console.js';
import { consoleLogger } from '../log.js';
import { loadSite } from '../site/load-site.js';
import { EXIT } from './exit-codes.js';
import { SERVE_HELP } from './help.js';
import { untilSignal } from './signals.js';

export async function serve(argv: string[]): Promise<number> {
  if (parseServeFlags(argv, process.cwd()).help) {
    process.stdout.write(SERVE_HELP);
    return EXIT.ok;
  }
  const config = loadConfig({ argv, env: process.env, cwd: process.cwd() });
  const log = consoleLogger('core');
  const running = await startConsole(config, log);

  const { enabled } = config.simulator;
  let simulator: RunningSimulator | null = null;
  if (enabled === true || (enabled === 'auto' && !config.broker.url)) {
    const simLog = consoleLogger('simulator');
    simulator = await startSimulator({
      brokerUrl: running.brokerUrl,
      site: loadSite(config.site.dir),
      scenario: config.simulator.scenario,
      seed: config.simulator.seed,
      speed: config.simulator.speed,
      username: config.broker.username,
      password: config.broker.password,
      log: (line) => simLog.info(line),
    });
  }

  process.stdout.write(`Watchfloor console: ${running.httpUrl}\n`);
  process.stdout.write(`MQTT broker: ${running.brokerUrl}${config.broker.url ? '' : ' (embedded)'}\n`);
  process.stdout.write(`Database: ${config.db.path}\n`);
  if (simulator) process.stdout.write(`Simulator: scenario ${config.simulator.scenario}, seed ${config.simulator.seed}\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');

  const signal = await untilSignal();
  log.info(`${signal}: stopping`);
  await simulator?.stop();
  await running.stop();
  return EXIT.ok;
}
