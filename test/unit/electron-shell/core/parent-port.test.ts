import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { parentPortOf } from '../../../../electron/shell/core/parent-port.js';

describe('parentPortOf', () => {
  it('is null outside a utility process (plain Node has no parentPort)', () => {
    expect(parentPortOf(process)).toBeNull();
    expect(parentPortOf({ parentPort: null })).toBeNull();
    expect(parentPortOf({ parentPort: { on: 'nope', postMessage: () => {} } })).toBeNull();
  });

  it('unwraps MessageEvent.data and posts through the real port object', () => {
    const port = Object.assign(new EventEmitter(), { postMessage: vi.fn() });
    const host = parentPortOf({ parentPort: port });
    if (!host) throw new Error('expected a port');
    const received: unknown[] = [];
    host.onMessage((data) => received.push(data));
    port.emit('message', { data: { type: 'stop' }, ports: [] });
    port.emit('message', 'not an event');
    host.postMessage({ type: 'stopped' });
    expect(received).toEqual([{ type: 'stop' }, undefined]);
    expect(port.postMessage).toHaveBeenCalledWith({ type: 'stopped' });
  });
});
