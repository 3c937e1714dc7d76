import { parseArgs } from 'node:util';
import { SCENARIOS, startSimulator, type ScenarioName } from '../../../fixtures/simulator/index.js';
import { ConfigError } from '../config/config-error.js';
import { DEFAULT_EMBEDDED_BROKER_PORT } from '../config/defaults.js';
import { consoleLogger } from '../log.js';
import { DEMO_SITE_DIR } from '../package-root.js';
import { loadPatrolPlan } from '../patrols/load-patrol-plan.js';
import { loadSite } from '../site/load-site.js';
import { EXIT } from './exit-codes.js';
import { SIMULATE_HELP } from './help.js';
import { untilSignal } from './signals.js';

const OPTIONS = {
  broker: { type: 'string', default: `mqtt://127.0.0.1:${DEFAULT_EMBEDDED_BROKER_PORT}` },
  site: { type: 'string', default: DEMO_SITE_DIR },
  scenario: { type: 'string', default: 'normal-day' },
  seed: { type: 'string', default: '1' },
  speed: { type: 'string', default: '1' },
  'broker-username': { type: 'string' },
  duration: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const isScenario = (name: string): name is ScenarioName => (SCENARIOS as readonly string[]).includes(name);

function number(flag: string, text: string, check: (n: number) => boolean, what: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || !check(value))
    throw new ConfigError(`--${flag}: must be ${what}, got "${text}"`);
  return value;
}

export async function simulate(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message} (see watchfloor simulate --help)`);
  }
  if (values.help) {
    process.stdout.write(SIMULATE_HELP);
    return EXIT.ok;
  }
  if (!/^(mqtts?|wss?):\/\//.test(values.broker))
    throw new ConfigError(`--broker: must be an mqtt://, mqtts://, ws:// or wss:// URL, got "${values.broker}"`);
  if (!isScenario(values.scenario))
    throw new ConfigError(`--scenario: must be one of ${SCENARIOS.join(', ')}, got "${values.scenario}"`);
  const seed = number('seed', values.seed, Number.isInteger, 'an integer');
  const speed = number('speed', values.speed, (n) => n > 0 && n <= 1000, 'a number above 0 and at most 1000');
  const duration =
    values.duration === undefined
      ? null
      : number('duration', values.duration, (n) => n > 0, 'a positive number of seconds');

  const log = consoleLogger('simulator');
  const site = loadSite(values.site);
  const simulator = await startSimulator({
    brokerUrl: values.broker,
    site,
    patrols: loadPatrolPlan(values.site, site),
    scenario: values.scenario,
    seed,
    speed,
    username: values['broker-username'],
    password: process.env.WATCHFLOOR_BROKER_PASSWORD,
    log: values.quiet ? () => {} : (line) => log.info(line),
  });
  log.info(`scenario ${values.scenario} (seed ${seed}, speed ${speed}) publishing to ${values.broker}`);

  const reason = await (duration === null
    ? untilSignal()
    : Promise.race([
        untilSignal(),
        new Promise<string>((resolve) => setTimeout(() => resolve('duration reached'), duration * 1000)),
      ]));
  await simulator.stop();
  log.info(`${reason}: stopped after ${simulator.published} messages`);
  return EXIT.ok;
}
