import mqtt, { type MqttClient } from 'mqtt';
import type { Delivery } from '../../../shared/contract/decode.js';
import { siteSubscription } from '../../../shared/contract/topic.js';
import type { BrokerStatus, StoreFault, StoreHealth } from '../../../shared/domain/health.js';
import type { ConsoleConfig } from '../config/schema.js';
import type { Logger } from '../log.js';
import { brokerOptions, displayUrl } from './broker-options.js';
import { DeliveryBatcher } from './delivery-batcher.js';
import { HeldPubacks } from './held-pubacks.js';
import { withReceiveWindow } from './receive-window.js';
import { FIRST_RECONNECT_MS, reconnectDelay } from './reconnect-backoff.js';
import { nextStoreFault, storeHealth } from './store-fault.js';

export type BrokerConnectionEvents = {
  /** Commit these deliveries; throw if they could not be committed. */
  commit(deliveries: Delivery[]): void;
  status(status: BrokerStatus): void;
  /** Throws when the database still cannot be written; used to clear a fault when no message comes to prove it. */
  probeStore?(): void;
};

/** After reconnecting from a store fault, how long to wait for redelivered messages before probing the store. */
export const STORE_PROBE_AFTER_MS = 2_000;

/**
 * The core's one subscription: every contract topic (of one site or all), QoS 1, acknowledged to
 * the broker only once committed. Reconnects by itself with backoff.
 */
export class BrokerConnection {
  private readonly client: MqttClient;
  private readonly pubacks: HeldPubacks;
  private readonly batcher: DeliveryBatcher;
  private failures = 0;
  private current: BrokerStatus;
  private fault: StoreFault | null = null;
  private probeTimer: NodeJS.Timeout | null = null;

  constructor(
    url: string,
    config: ConsoleConfig['broker'],
    private readonly events: BrokerConnectionEvents,
    private readonly log: Logger,
  ) {
    this.current = { url: displayUrl(url), connected: false, since: Date.now(), lastError: null };
    this.client = mqtt.connect(url, withReceiveWindow(brokerOptions(config)));
    this.pubacks = new HeldPubacks(this.client);
    this.batcher = new DeliveryBatcher((deliveries) => this.commit(deliveries));
    this.client.handleMessage = (packet, callback) => {
      if (packet.cmd === 'publish') {
        this.batcher.add({
          topic: packet.topic,
          payload: typeof packet.payload === 'string' ? new TextEncoder().encode(packet.payload) : packet.payload,
          receivedAt: Date.now(),
          retained: packet.retain,
        });
      }
      callback();
    };
    this.wire(config.siteFilter);
  }

  get status(): BrokerStatus {
    return this.current;
  }

  /** Whether the last commit succeeded; while not, ingest is paused and the broker holds the messages. */
  get store(): StoreHealth {
    return storeHealth(this.fault);
  }

  private wire(siteFilter: string | undefined): void {
    this.client.on('connect', (connack) => {
      this.failures = 0;
      this.client.options.reconnectPeriod = reconnectDelay(0);
      this.setStatus({ connected: true, lastError: null });
      this.log.info(`broker connected: ${this.current.url} (session ${connack.sessionPresent ? 'resumed' : 'new'})`);
      // Resubscribing with a resumed session is harmless and covers a broker that lost it.
      this.client.subscribe(siteSubscription(siteFilter), { qos: 1 }, (error) => {
        if (error) this.log.error(`subscribe failed: ${error.message}`);
      });
      if (this.fault) this.scheduleProbe();
    });
    this.client.on('close', () => {
      if (this.current.connected && !this.fault) this.log.warn(`broker connection lost: ${this.current.url}`);
      // A store fault sets its own, longer wait before it drops the connection.
      if (!this.fault) this.client.options.reconnectPeriod = reconnectDelay(this.failures++);
      this.setStatus({ connected: false });
    });
    this.client.on('error', (error) => {
      this.setStatus({ lastError: error.message });
      this.log.warn(`broker: ${error.message}`);
    });
  }

  private commit(deliveries: Delivery[]): void {
    try {
      this.events.commit(deliveries);
      this.pubacks.release();
      this.recovered();
    } catch (error) {
      // Nothing of the batch was kept, so nothing is acked: drop the connection and stay away until
      // the retry time, so the broker keeps (and later redelivers) everything for our session.
      this.pubacks.discard();
      this.fault = nextStoreFault(this.fault, error, Date.now());
      this.client.options.reconnectPeriod = Math.max(FIRST_RECONNECT_MS, this.fault.retryAt - Date.now());
      this.setStatus({ lastError: `store: ${(error as Error).message}` });
      this.log.error(
        `commit failed (${this.fault.code}: ${this.fault.cause}), ${deliveries.length} message(s) left with the broker, ` +
          `retry ${this.fault.attempts} in ${this.client.options.reconnectPeriod} ms: ${(error as Error).message}`,
      );
      this.client.stream.destroy();
    }
  }

  private recovered(): void {
    if (!this.fault) return;
    this.log.info(`database writable again after ${this.fault.attempts} failed commit(s); ingest resumed`);
    this.fault = null;
    this.setStatus({ lastError: null });
  }

  /** Reconnected after a fault and the broker had nothing for us: ask the store directly. */
  private scheduleProbe(): void {
    const probe = this.events.probeStore;
    if (!probe) return;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      if (!this.fault || !this.client.connected || this.batcher.pending > 0) return;
      try {
        probe();
        this.recovered();
      } catch (error) {
        this.commitFailedWithoutMessages(error);
      }
    }, STORE_PROBE_AFTER_MS);
  }

  private commitFailedWithoutMessages(error: unknown): void {
    this.fault = nextStoreFault(this.fault, error, Date.now());
    this.client.options.reconnectPeriod = Math.max(FIRST_RECONNECT_MS, this.fault.retryAt - Date.now());
    this.client.stream.destroy();
  }

  private setStatus(change: Partial<BrokerStatus>): void {
    const next = { ...this.current, ...change };
    if (change.connected !== undefined && change.connected !== this.current.connected) next.since = Date.now();
    this.current = next;
    this.events.status(next);
  }

  async close(): Promise<void> {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.batcher.flush();
    await this.client.endAsync();
  }
}
