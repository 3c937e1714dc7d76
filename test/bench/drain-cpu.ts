import { readFileSync } from 'node:fs';
import { processCpuSeconds, TICKS_PER_S } from './process-cpu.js';

/** Busy ticks of the whole machine so far (every core), from /proc/stat's first line; null without /proc. */
function machineBusyTicks(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = line.trim().split(/\s+/).slice(1).map(Number);
    return user + nice + system + irq + softirq;
  } catch {
    return null;
  }
}

/** Where the CPU went while one consumer drained the broker, per message drained. */
export type DrainCpu = {
  /** The bench's own process: the consumer (the bare subscriber, the durable floor or the core). */
  consumerMicrosPerMsg: number;
  /** Mosquitto serving the drain. */
  brokerMicrosPerMsg: number | null;
  /** Cores of the whole machine kept busy on average during the drain (another tenant's steal time excluded). */
  machineBusyCores: number | null;
};

/** Starts counting; the returned function stops and divides by the messages drained. */
export function meterDrainCpu(brokerPid: number): (messages: number) => DrainCpu {
  const self = process.cpuUsage();
  const broker = processCpuSeconds(brokerPid);
  const machine = machineBusyTicks();
  const started = performance.now();
  return (messages) => {
    const used = process.cpuUsage(self);
    const brokerNow = processCpuSeconds(brokerPid);
    const machineNow = machineBusyTicks();
    const seconds = (performance.now() - started) / 1000;
    return {
      consumerMicrosPerMsg: (used.user + used.system) / messages,
      brokerMicrosPerMsg: broker !== null && brokerNow !== null ? ((brokerNow - broker) * 1e6) / messages : null,
      machineBusyCores: machine !== null && machineNow !== null ? (machineNow - machine) / TICKS_PER_S / seconds : null,
    };
  };
}
