import type { HostPort } from './parent-port.js';
import { clip, hostCommandSchema, type HostEvent } from './protocol.js';

type Logger = { info(msg: string): void; warn(msg: string): void; error(msg: string): void };
type Running = { httpUrl: string; stop(): Promise<void> };

/** The two core entry points the host needs; generic so the host never depends on the config's shape. */
export type CoreEntry<Config> = {
  loadConfig(input: { argv: string[]; env: Record<string, string | undefined>; cwd: string }): Config;
  startConsole(config: Config, log: Logger): Promise<Running>;
};

export type HostContext = {
  env: Record<string, string | undefined>;
  cwd: string;
  log: Logger;
  exit(code: number): void;
};

export const EXIT = { stopped: 0, failed: 1, badConfig: 2 } as const;

function messageOf(error: unknown): string {
  return clip(error instanceof Error ? error.message : String(error));
}

/** The core's own ConfigError, recognised by name so the host needs no import from the config module. */
function isConfigError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConfigError';
}

/**
 * Speaks the host side of the protocol: on 'start' load the config and start the console, report
 * 'ready' or 'failed', and exit on failure so main's restart policy takes over; on 'stop' shut the
 * console down cleanly (database checkpointed, broker disconnected) before exiting.
 */
export function runCoreHost<Config>(port: HostPort, core: CoreEntry<Config>, context: HostContext): void {
  const post = (event: HostEvent) => port.postMessage(event);
  let phase: 'idle' | 'starting' | 'running' | 'stopping' = 'idle';
  let running: Running | null = null;
  let stopRequested = false;

  const stop = async () => {
    phase = 'stopping';
    try {
      await running?.stop();
    } catch (error) {
      context.log.error(`core did not stop cleanly: ${messageOf(error)}`);
    }
    post({ type: 'stopped' });
    context.exit(EXIT.stopped);
  };

  const start = async (argv: string[]) => {
    phase = 'starting';
    let config: Config;
    try {
      config = core.loadConfig({ argv, env: context.env, cwd: context.cwd });
    } catch (error) {
      const fatal = isConfigError(error);
      post({ type: 'failed', message: messageOf(error), fatal });
      context.exit(fatal ? EXIT.badConfig : EXIT.failed);
      return;
    }
    try {
      running = await core.startConsole(config, context.log);
    } catch (error) {
      post({ type: 'failed', message: messageOf(error), fatal: false });
      context.exit(EXIT.failed);
      return;
    }
    if (stopRequested) return stop();
    phase = 'running';
    post({ type: 'ready', httpUrl: running.httpUrl });
  };

  port.onMessage((data) => {
    const command = hostCommandSchema.safeParse(data);
    if (!command.success) {
      context.log.warn('core host: ignored a malformed command from main');
      return;
    }
    if (command.data.type === 'start') {
      if (phase !== 'idle') return context.log.warn('core host: already started');
      void start(command.data.argv);
    } else if (phase === 'starting') {
      stopRequested = true;
    } else if (phase !== 'stopping') {
      void stop();
    }
  });
}
