/**
 * What the core host (utility process) uses from electron/core. Main must not import this: it would
 * load the whole core (broker, database, socket.io) into the Electron main process; main's one need,
 * the flag table, is in core-flags.ts. (Imports go shell → core only; the core never imports us.)
 */
export { loadConfig } from '../core/config/load.js';
export { startServing, type Serving } from '../core/serving.js';
export { consoleLogger, type Logger } from '../core/log.js';
export { describeAccess } from '../core/accounts/describe-access.js';
export type { ConsoleConfig } from '../core/config/schema.js';
