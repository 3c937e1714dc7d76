/**
 * Entry point of the core's Electron utility process (utilityProcess.fork in main). Plain Node: it
 * must not import 'electron'; it reaches main only through process.parentPort, via parentPortOf.
 */
import {
  consoleLogger,
  describeAccess,
  loadConfig,
  startServing,
  type ConsoleConfig,
  type Logger,
} from '../core-api.js';
import { runCoreHost } from './host-runner.js';
import { parentPortOf } from './parent-port.js';
import { clip } from './protocol.js';

/** Lets a just-posted message leave the process before it exits. */
const EXIT_DELAY_MS = 200;

const port = parentPortOf(process);
if (!port) {
  process.stderr.write('core host: not running in an Electron utility process (no parentPort)\n');
  process.exit(1);
}

const log = consoleLogger('core');
const exit = (code: number) => setTimeout(() => process.exit(code), EXIT_DELAY_MS);

process.on('uncaughtException', (error) => {
  log.error(`uncaught: ${error.stack ?? error.message}`);
  port.postMessage({ type: 'failed', message: clip(error.message), fatal: false });
  exit(1);
});

/** The console, and in the log how the first person signs in (the window shows the sign-in page). */
async function startConsole(config: ConsoleConfig, coreLog: Logger) {
  const running = await startServing(config, coreLog);
  for (const line of describeAccess(running.access, running.httpUrl)) coreLog.info(line);
  return running;
}

runCoreHost(port, { loadConfig, startConsole }, { env: process.env, cwd: process.cwd(), log, exit });
