import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CLIENT_MESSAGE_BYTES } from '../../../electron/core/live/live-server.js';
import { startTestConsole, type TestConsole } from '../../support/console-harness.js';
import { commandFrameBytes, largestOccurrenceCommand } from '../../support/largest-occurrence.js';
import { operatorToken } from '../../support/operators.js';
import { connectSeat, type Seat } from '../../support/seat.js';
import { waitFor } from '../../support/wait-for.js';

describe('the largest occurrence report over a real socket', () => {
  let core: TestConsole;
  let seat: Seat;

  beforeAll(async () => {
    core = await startTestConsole();
    seat = await connectSeat(core.httpUrl, { token: await operatorToken(core), seat: 'desk-1' });
  });
  afterAll(async () => {
    seat?.close();
    await core?.stop();
  });

  it('reaches the core whole and is judged there, not cut off by the message cap', async () => {
    // Every field at its cap; the floor does not exist, so the core's own check answers.
    const result = await seat.command(largestOccurrenceCommand());
    expect(result).toMatchObject({ ok: false, refusal: 'invalid', message: `there is no floor ${'f'.repeat(64)}` });
    expect(seat.socket.connected).toBe(true);
  });

  it('a message over the cap ends the connection', async () => {
    const command = { ...largestOccurrenceCommand(), narrative: 'x'.repeat(MAX_CLIENT_MESSAGE_BYTES) };
    expect(commandFrameBytes(command)).toBeGreaterThan(MAX_CLIENT_MESSAGE_BYTES);
    void seat.command(command).catch(() => undefined);
    await waitFor('the oversized seat to be disconnected', () => !seat.socket.connected);
  });
});
