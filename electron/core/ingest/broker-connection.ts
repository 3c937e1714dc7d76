import mqtt, { type MqttClient } from 'mqtt';
import type { Delivery } from '../../../shared/contract/decode.js';
import { siteSubscription } from '../../../shared/contract/topic.js';
import type { BrokerStatus } from '../../../shared/domain/health.js';
import type { ConsoleConfig } from '../config/schema.js';
import type { Logger } from '../log.js';
import { brokerOptions, displayUrl } from './broker-options.js';
import { DeliveryBatcher } from './delivery-batcher.js';
import { HeldPubacks } from './held-pubacks.js';
import { reconnectDelay } from './reconnect-backoff.js';

export type BrokerConnectionEvents = {
  /** Commit these deliveries; throw if they could not be committed. */
  commit(deliveries: Delivery[]): void;
  status(status: BrokerStatus): void;
};

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

  constructor(
    url: string,
    config: ConsoleConfig['broker'],
    private readonly events: BrokerConnectionEvents,
    private readonly log: Logger,
  ) {
    this.current = { url: displayUrl(url), connected: false, since: Date.now(), lastError: null };
    this.client = mqtt.connect(url, brokerOptions(config));
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
    });
    this.client.on('close', () => {
      if (this.current.connected) this.log.warn(`broker connection lost: ${this.current.url}`);
      this.client.options.reconnectPeriod = reconnectDelay(this.failures++);
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
    } catch (error) {
      // Nothing of the batch was kept, so nothing is acked: drop the connection and let the
      // broker redeliver from the persistent session when we are back.
      this.pubacks.discard();
      this.setStatus({ lastError: `store: ${(error as Error).message}` });
      this.log.error(
        `commit failed, ${deliveries.length} message(s) left with the broker: ${(error as Error).message}`,
      );
      this.client.stream.destroy();
    }
  }

  private setStatus(change: Partial<BrokerStatus>): void {
    const next = { ...this.current, ...change };
    if (change.connected !== undefined && change.connected !== this.current.connected) next.since = Date.now();
    this.current = next;
    this.events.status(next);
  }

  async close(): Promise<void> {
    this.batcher.flush();
    await this.client.endAsync();
  }
}
