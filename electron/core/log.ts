export type Logger = { info(msg: string): void; warn(msg: string): void; error(msg: string): void };

/** Lines to stderr with an ISO time, so stdout stays free for what a command prints as its result. */
export function consoleLogger(scope = 'watchfloor'): Logger {
  const line = (level: string, msg: string) =>
    process.stderr.write(`${new Date().toISOString()} ${level} [${scope}] ${msg}\n`);
  return { info: (msg) => line('info ', msg), warn: (msg) => line('warn ', msg), error: (msg) => line('error', msg) };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
