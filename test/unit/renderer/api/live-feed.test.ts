import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../../../renderer/api/connection-state.js';
import { LiveFeed, MAX_PENDING_DELTAS, OFFLINE_AFTER_FAILED_ATTEMPTS } from '../../../../renderer/api/live-feed.js';
import type { LiveDelta } from '../../../../shared/live/delta.js';
import type { Snapshot } from '../../../../shared/live/snapshot.js';
import { device, deviceDelta, snapshot } from '../builders.js';
import { FakeTransport, ManualFrames } from './fake-transport.js';

type Credentials = { token: string; seat: string } | null;

function setup(credentials: () => Credentials = () => null, onSignInRequired = () => undefined) {
  const transport = new FakeTransport();
  const frames = new ManualFrames();
  const writes: { snapshots: Snapshot[]; batches: LiveDelta[][]; connection: ConnectionState[] } = {
    snapshots: [],
    batches: [],
    connection: [],
  };
  const feed = new LiveFeed({
    transport: transport.transport,
    schedule: frames.schedule,
    credentials,
    onSignInRequired,
    sink: {
      applySnapshot: (value) => writes.snapshots.push(value),
      applyDeltas: (deltas) => writes.batches.push(deltas),
      setConnection: (state) => writes.connection.push(state),
    },
  });
  feed.start();
  return { feed, core: transport.core, transport, frames, writes };
}

const deltasFrom = (firstSeq: number, count: number) =>
  Array.from({ length: count }, (_, i) => deviceDelta(firstSeq + i, device(`d-${i % 20}`, { online: true })));

describe('LiveFeed', () => {
  it('asks for a snapshot on first connect, then goes live', () => {
    const { core, transport, writes } = setup();
    expect(transport.handshakes).toEqual([{}]);
    core.onConnect();
    expect(writes.connection).toEqual(['connecting', 'live']);
  });

  it('hands a frame of traffic to the store in one write', () => {
    const { core, frames, writes } = setup();
    core.onConnect();
    core.onSnapshot(snapshot({ seq: 100 }));
    for (let i = 0; i < 50; i += 1) core.onDeltas(deltasFrom(101 + i * 20, 20));
    expect(writes.batches).toHaveLength(0);
    expect(frames.pending).toBe(1);

    frames.runFrame();
    expect(writes.snapshots).toHaveLength(1);
    expect(writes.batches).toHaveLength(1);
    expect(writes.batches[0]).toHaveLength(1_000);
    expect(writes.batches[0]?.at(-1)?.seq).toBe(1_100);

    core.onDeltas(deltasFrom(1_101, 3));
    frames.runFrame();
    expect(writes.batches).toHaveLength(2);
    expect(writes.batches[1]?.map((d) => d.seq)).toEqual([1_101, 1_102, 1_103]);
  });

  it('skips deltas it already has', () => {
    const { core, frames, writes, feed } = setup();
    core.onSnapshot(snapshot({ seq: 10 }));
    core.onDeltas(deltasFrom(8, 5)); // 8..12: 8-10 are in the snapshot
    frames.runFrame();
    expect(writes.batches[0]?.map((d) => d.seq)).toEqual([11, 12]);
    expect(feed.lastSeq).toBe(12);
  });

  it('ignores deltas that arrive before any snapshot', () => {
    const { core, frames, writes } = setup();
    core.onDeltas(deltasFrom(1, 3));
    frames.runFrame();
    expect(writes.batches).toHaveLength(0);
  });

  it('on a gap, keeps what it has and reconnects naming the last sequence it holds', () => {
    const { core, frames, writes, transport, feed } = setup();
    core.onConnect();
    core.onSnapshot(snapshot({ seq: 10 }));
    core.onDeltas([...deltasFrom(11, 2), ...deltasFrom(14, 2)]); // 13 is missing
    expect(transport.reconnects).toBe(1);
    expect(transport.handshakes.at(-1)).toEqual({ epoch: 'run-1', lastSeq: 12 });
    expect(writes.connection.at(-1)).toBe('reconnecting');
    frames.runFrame();
    expect(writes.batches[0]?.map((d) => d.seq)).toEqual([11, 12]);

    core.onConnect();
    core.onDeltas(deltasFrom(13, 3)); // the core sends just the gap onwards
    frames.runFrame();
    expect(writes.batches[1]?.map((d) => d.seq)).toEqual([13, 14, 15]);
    expect(feed.lastSeq).toBe(15);
    expect(writes.connection.at(-1)).toBe('live');
  });

  it('asks for a snapshot when resuming after a gap still leaves a gap', () => {
    const { core, frames, writes, transport } = setup();
    core.onSnapshot(snapshot({ seq: 10 }));
    core.onDeltas(deltasFrom(13, 1)); // 11-12 missing
    expect(transport.handshakes.at(-1)).toEqual({ epoch: 'run-1', lastSeq: 10 });
    core.onDeltas(deltasFrom(14, 1)); // the core could not send 11-12 either
    expect(transport.reconnects).toBe(2);
    expect(transport.handshakes.at(-1)).toEqual({});
    core.onSnapshot(snapshot({ seq: 14 }));
    frames.runFrame();
    expect(writes.snapshots.map((s) => s.seq)).toEqual([14]);
  });

  it('drops its buffer on overflow and resyncs from a snapshot', () => {
    const { core, frames, writes, transport } = setup();
    core.onSnapshot(snapshot({ seq: 0 }));
    core.onDeltas(deltasFrom(1, MAX_PENDING_DELTAS + 5));
    expect(transport.reconnects).toBe(1);
    expect(transport.handshakes.at(-1)).toEqual({}); // no lastSeq: the core must send a snapshot
    core.onDeltas(deltasFrom(MAX_PENDING_DELTAS + 6, 2)); // stragglers before the snapshot
    core.onSnapshot(snapshot({ seq: 30_000 }));
    frames.runFrame();
    expect(writes.batches).toHaveLength(0);
    expect(writes.snapshots.map((s) => s.seq)).toEqual([30_000]);
  });

  it('a snapshot supersedes deltas still waiting for a frame', () => {
    const { core, frames, writes } = setup();
    core.onSnapshot(snapshot({ seq: 10 }));
    core.onDeltas(deltasFrom(11, 5));
    core.onSnapshot(snapshot({ seq: 40 }));
    core.onDeltas(deltasFrom(41, 1));
    frames.runFrame();
    expect(writes.snapshots.map((s) => s.seq)).toEqual([40]);
    expect(writes.batches.map((batch) => batch.map((d) => d.seq))).toEqual([[41]]);
  });

  it('names the last sequence when socket.io reconnects on its own', () => {
    const { core, transport } = setup();
    core.onConnect();
    core.onSnapshot(snapshot({ seq: 10 }));
    core.onDeltas(deltasFrom(11, 2));
    core.onDisconnect('transport close');
    expect(transport.handshake?.()).toEqual({ epoch: 'run-1', lastSeq: 12 });
  });

  it('reports reconnecting after a drop and offline after repeated failures', () => {
    const { core, writes } = setup();
    core.onConnect();
    core.onDisconnect('transport close');
    expect(writes.connection.at(-1)).toBe('reconnecting');
    for (let i = 0; i < OFFLINE_AFTER_FAILED_ATTEMPTS; i += 1) core.onConnectError('ECONNREFUSED');
    expect(writes.connection.at(-1)).toBe('offline');
    core.onConnect();
    expect(writes.connection.at(-1)).toBe('live');
  });

  it('sends the session token and seat in every handshake, resuming as before', () => {
    let credentials: Credentials = { token: 'a'.repeat(43), seat: 'desk-a' };
    const { feed, core, transport, frames } = setup(() => credentials);
    expect(transport.handshakes).toEqual([{ token: 'a'.repeat(43), seat: 'desk-a' }]);
    core.onConnect();
    core.onSnapshot(snapshot({ seq: 4 }));
    frames.runFrame();
    credentials = { token: 'b'.repeat(43), seat: 'desk-a' };
    feed.reconnect();
    expect(transport.handshakes.at(-1)).toEqual({ epoch: 'run-1', lastSeq: 4, token: 'b'.repeat(43), seat: 'desk-a' });
  });

  it('signs the seat out when the core refuses its session, instead of retrying as if offline', () => {
    let signedOut = 0;
    const { core, writes } = setup(
      () => ({ token: 'a'.repeat(43), seat: 'desk-a' }),
      () => void (signedOut += 1),
    );
    for (let attempt = 0; attempt < OFFLINE_AFTER_FAILED_ATTEMPTS; attempt += 1)
      core.onConnectError('sign-in-required');
    expect(signedOut).toBe(OFFLINE_AFTER_FAILED_ATTEMPTS);
    expect(writes.connection).not.toContain('offline');
  });

  it('hands commands to the connection only while connected', () => {
    const { feed, transport } = setup();
    const reply = () => undefined;
    expect(feed.command({ action: 'acknowledge', alarmId: 1, version: 1 }, reply)).toBe(false);
    transport.connected = true;
    expect(feed.command({ action: 'acknowledge', alarmId: 1, version: 1 }, reply)).toBe(true);
    expect(transport.commands.map((c) => c.command)).toEqual([{ action: 'acknowledge', alarmId: 1, version: 1 }]);
  });
});
