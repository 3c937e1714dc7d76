import { clip, hostEventSchema, type HostCommand } from './protocol.js';
import { decideRestart, recentFailures, RESTART_POLICY, type RestartPolicy } from './restart-policy.js';
import type { CoreStatus } from './status.js';

/** The slice of a utility process the supervisor uses; main adapts utilityProcess.fork to it. */
export type CoreProcess = {
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  postMessage(command: HostCommand): void;
  kill(): void;
};

export type SupervisorDeps = {
  fork(): CoreProcess;
  argv: string[];
  /** Monotonic milliseconds. */
  now(): number;
  setTimer(callback: () => void, ms: number): () => void;
  onStatus(status: CoreStatus): void;
  log: { info(msg: string): void; warn(msg: string): void; error(msg: string): void };
  policy?: RestartPolicy;
  /** Migrations on a large database can take a while; a core silent for longer than this is hung. */
  readyTimeoutMs?: number;
  /** How long a clean stop may take before the process is killed. */
  stopGraceMs?: number;
};

export type CoreSupervisor = {
  start(): void;
  /** After the shell gave up (or a fatal config error): try again from a clean slate. */
  restartNow(): void;
  stop(): Promise<void>;
  status(): CoreStatus;
};

export const READY_TIMEOUT_MS = 120_000;
export const STOP_GRACE_MS = 10_000;

/** Runs the core in a child process, restarts it by the policy, and reports every state change. */
export function superviseCore(deps: SupervisorDeps): CoreSupervisor {
  const policy = deps.policy ?? RESTART_POLICY;
  let status: CoreStatus = { state: 'stopped', reason: 'not started' };
  let child: CoreProcess | null = null;
  let failures: number[] = [];
  let cancelTimer: (() => void) | null = null;
  let stopping = false;
  let onStopped: (() => void) | null = null;

  const setStatus = (next: CoreStatus) => {
    status = next;
    deps.onStatus(next);
  };
  const clearTimer = () => {
    cancelTimer?.();
    cancelTimer = null;
  };

  const spawn = () => {
    clearTimer();
    setStatus({ state: 'starting' });
    const current = deps.fork();
    child = current;
    let lastError: string | null = null;
    let fatal = false;

    current.onMessage((raw) => {
      if (child !== current) return;
      const parsed = hostEventSchema.safeParse(raw);
      if (!parsed.success) return deps.log.warn('core host sent a malformed message; ignored');
      const event = parsed.data;
      if (event.type === 'ready') {
        clearTimer();
        deps.log.info(`core ready at ${event.httpUrl}`);
        setStatus({ state: 'running', httpUrl: event.httpUrl });
      } else if (event.type === 'failed') {
        lastError = event.message;
        fatal = event.fatal;
        deps.log.error(`core failed${event.fatal ? ' (configuration)' : ''}: ${event.message}`);
      }
    });

    current.onExit((code) => {
      if (child !== current) return;
      child = null;
      clearTimer();
      if (stopping) {
        setStatus({ state: 'stopped', reason: 'stopped' });
        onStopped?.();
        return;
      }
      const reason = clip(lastError ?? `the core exited unexpectedly (code ${code})`);
      if (fatal) {
        setStatus({ state: 'stopped', reason });
        return;
      }
      const now = deps.now();
      failures = [...recentFailures(failures, now, policy), now];
      const decision = decideRestart(failures, now, policy);
      if (decision.action === 'give-up') {
        deps.log.error(`core failed ${decision.failures} times in a row; not restarting`);
        setStatus({ state: 'stopped', reason });
        return;
      }
      deps.log.warn(`core exited (${reason}); restart ${decision.attempt} in ${decision.delayMs} ms`);
      setStatus({ state: 'restarting', attempt: decision.attempt, delayMs: decision.delayMs, reason });
      cancelTimer = deps.setTimer(spawn, decision.delayMs);
    });

    current.postMessage({ type: 'start', argv: deps.argv });
    cancelTimer = deps.setTimer(() => {
      lastError = `the core did not become ready within ${Math.round((deps.readyTimeoutMs ?? READY_TIMEOUT_MS) / 1000)} s`;
      deps.log.error(lastError);
      current.kill();
    }, deps.readyTimeoutMs ?? READY_TIMEOUT_MS);
  };

  return {
    start() {
      if (child || stopping) return;
      spawn();
    },
    restartNow() {
      if (child || stopping) return;
      failures = [];
      spawn();
    },
    stop() {
      stopping = true;
      clearTimer();
      const current = child;
      if (!current) {
        setStatus({ state: 'stopped', reason: 'stopped' });
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        onStopped = resolve;
        current.postMessage({ type: 'stop' });
        cancelTimer = deps.setTimer(() => {
          deps.log.warn('core did not stop in time; killing it');
          current.kill();
          resolve();
        }, deps.stopGraceMs ?? STOP_GRACE_MS);
      });
    },
    status: () => status,
  };
}
