import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { tempDir } from './temp-dir.js';

export const MOSQUITTO = process.env.WATCHFLOOR_MOSQUITTO ?? '/usr/sbin/mosquitto';

export type Mosquitto = {
  url: string;
  port: number;
  /** The same broker over MQTT-over-WebSocket. */
  wsUrl: string;
  stop(): Promise<void>;
};

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function requireMosquitto(): void {
  if (!existsSync(MOSQUITTO))
    throw new Error(
      `Mosquitto not found at ${MOSQUITTO}: install it (apt-get install mosquitto) or set WATCHFLOOR_MOSQUITTO`,
    );
}

/** A configuration with an MQTT and a WebSocket listener on loopback, and queues deep enough for the benches. */
function writeConfig(dir: string, port: number, wsPort: number, extra: readonly string[]): string {
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(
    conf,
    [
      // Options such as allow_anonymous apply to every listener unless set per listener.
      'per_listener_settings false',
      'allow_anonymous true',
      `listener ${port} 127.0.0.1`,
      `listener ${wsPort} 127.0.0.1`,
      'protocol websockets',
      // The default drops QoS 1 messages queued for a slow or absent subscriber.
      'max_queued_messages 1000000',
      'max_inflight_messages 100',
      ...extra,
    ].join('\n') + '\n',
  );
  return conf;
}

async function launchMosquitto(conf: string, port: number): Promise<ChildProcess> {
  const child: ChildProcess = spawn(MOSQUITTO, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 5000;
  while (!(await portOpen(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`mosquitto did not start on port ${port}: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return child;
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/**
 * A private Mosquitto on a free loopback port, for tests that need a real second broker (MQTT 5,
 * restarts, TLS). Missing Mosquitto is a failure, never a skip: .ci/run installs it.
 */
export async function startMosquitto(extraConfig: string[] = []): Promise<Mosquitto & { pid: number }> {
  requireMosquitto();
  const dir = tempDir('mosquitto');
  const port = await freePort();
  const wsPort = await freePort();
  const child = await launchMosquitto(writeConfig(dir.path, port, wsPort, ['persistence false', ...extraConfig]), port);
  return {
    url: `mqtt://127.0.0.1:${port}`,
    port,
    // The benches read the broker's CPU time from /proc; a launched child always has a pid.
    pid: child.pid ?? -1,
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    stop: async () => {
      await stopped(child);
      dir.remove();
    },
  };
}

export type RestartableMosquitto = Mosquitto & {
  /** Stops the broker as an operator would (SIGTERM: it writes its persistence file), same port kept. */
  halt(): Promise<void>;
  /** Starts it again on the same port with the same persistence folder. */
  resume(): Promise<void>;
};

/**
 * A private Mosquitto with persistence on, on a fixed port, that can be stopped and started
 * again: what a site broker's restart looks like to the console. Sessions and the QoS 1 messages
 * queued for them survive it (Mosquitto writes them to its persistence file on SIGTERM).
 */
export async function startRestartableMosquitto(): Promise<RestartableMosquitto> {
  requireMosquitto();
  const dir = tempDir('mosquitto-persistent');
  // Started as root, Mosquitto drops to its own user, which must be able to write its persistence file.
  chmodSync(dir.path, 0o777);
  const port = await freePort();
  const wsPort = await freePort();
  const conf = writeConfig(dir.path, port, wsPort, ['persistence true', `persistence_location ${dir.path}/`]);
  let child: ChildProcess | null = await launchMosquitto(conf, port);
  return {
    url: `mqtt://127.0.0.1:${port}`,
    port,
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    halt: async () => {
      if (child) await stopped(child);
      child = null;
    },
    resume: async () => {
      child ??= await launchMosquitto(conf, port);
    },
    stop: async () => {
      if (child) await stopped(child);
      child = null;
      dir.remove();
    },
  };
}
