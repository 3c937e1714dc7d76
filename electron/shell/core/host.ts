/**
 * Entry point of the core's Electron utility process (utilityProcess.fork in main). Plain Node: it
 * must not import 'electron'; it reaches main only through process.parentPort, via parentPortOf.
 */
import { consoleLogger, loadConfig, startServing } from '../core-api.js';
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

runCoreHost(port, { loadConfig, startConsole: startServing }, { env: process.env, cwd: process.cwd(), log, exit });
