import { describeAccess } from '../accounts/describe-access.js';
import { loadConfig } from '../config/load.js';
import { parseServeFlags } from '../config/flags.js';
import { consoleLogger } from '../log.js';
import { startServing } from '../serving.js';
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
  const running = await startServing(config, log);

  // One write, so whoever reads the banner (a guard's terminal, a supervisor's script) gets it whole.
  const banner = [
    `Watchfloor console: ${running.httpUrl}`,
    `MQTT broker: ${running.brokerUrl}${config.broker.url ? '' : ' (embedded)'}`,
    `Database: ${config.db.path}`,
    ...(running.simulator ? [`Simulator: scenario ${running.simulator.scenario}, seed ${running.simulator.seed}`] : []),
    ...describeAccess(running.access, running.httpUrl),
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${banner.join('\n')}\n`);

  const signal = await untilSignal((again) => log.warn(`${again}: already stopping, committing what is pending`));
  log.info(`${signal}: stopping`);
  await running.stop();
  return EXIT.ok;
}
