import mqtt, { type MqttClient } from 'mqtt';
import { buildTopic, type Channel } from '../../shared/contract/topic.js';

export type Publisher = {
  client: MqttClient;
  send(deviceId: string, channel: Channel, payload: object | string, options?: { retain?: boolean }): Promise<void>;
  raw(topic: string, payload: string | Buffer): Promise<void>;
  close(): Promise<void>;
};

/** A device-side client publishing contract messages at QoS 1. */
export async function connectPublisher(
  url: string,
  options: { protocolVersion?: 4 | 5; siteId?: string } = {},
): Promise<Publisher> {
  const client = await mqtt.connectAsync(url, { protocolVersion: options.protocolVersion ?? 4, reconnectPeriod: 0 });
  const siteId = options.siteId ?? 'demo';
  const raw = async (topic: string, payload: string | Buffer, retain = false) => {
    await client.publishAsync(topic, payload, { qos: 1, retain });
  };
  return {
    client,
    raw: (topic, payload) => raw(topic, payload),
    send: (deviceId, channel, payload, opts) =>
      raw(
        buildTopic({ siteId, deviceId, channel }),
        typeof payload === 'string' ? payload : JSON.stringify(payload),
        opts?.retain,
      ),
    close: () => client.endAsync(),
  };
}
