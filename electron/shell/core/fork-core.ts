import { utilityProcess } from 'electron';
import { createInterface } from 'node:readline';
import type { CoreProcess } from './supervisor.js';

export type ForkCoreOptions = {
  hostPath: string;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Each line the core writes to stdout/stderr, for the app's log file. */
  onOutput(stream: 'stdout' | 'stderr', line: string): void;
};

function forwardLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void) {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/** utilityProcess.fork adapted to the supervisor's narrow CoreProcess. */
export function forkCore(options: ForkCoreOptions): CoreProcess {
  const child = utilityProcess.fork(options.hostPath, [], {
    serviceName: 'Watchfloor core',
    stdio: 'pipe',
    cwd: options.cwd,
    env: Object.fromEntries(
      Object.entries(options.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  });
  forwardLines(child.stdout, (line) => options.onOutput('stdout', line));
  forwardLines(child.stderr, (line) => options.onOutput('stderr', line));
  return {
    onMessage: (listener) => child.on('message', (message: unknown) => listener(message)),
    onExit: (listener) => child.on('exit', listener),
    postMessage: (command) => child.postMessage(command),
    kill: () => {
      child.kill();
    },
  };
}
