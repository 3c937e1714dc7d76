import { describe, expect, it } from 'vitest';
import { MAX_BATCH } from '../../../../../electron/core/ingest/delivery-batcher.js';
import { RECEIVE_WINDOW, withReceiveWindow } from '../../../../../electron/core/ingest/receive-window.js';

describe('withReceiveWindow', () => {
  it('asks an MQTT 5 broker for room for two batches, keeping the other CONNECT properties', () => {
    const options = withReceiveWindow({ protocolVersion: 5, properties: { sessionExpiryInterval: 60 } });
    expect(options.properties).toEqual({ sessionExpiryInterval: 60, receiveMaximum: 2 * MAX_BATCH });
    expect(RECEIVE_WINDOW).toBe(2 * MAX_BATCH);
  });

  it('leaves MQTT 3.1.1 options alone: there the broker alone sets the window', () => {
    const options = { protocolVersion: 4 as const, clientId: 'desk' };
    expect(withReceiveWindow(options)).toBe(options);
  });
});
