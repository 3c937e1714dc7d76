import { describe, expect, it } from 'vitest';
import {
  COMMAND_TIMEOUT_MS,
  createCommandSender,
  NO_ANSWER,
  NOT_CONNECTED,
  readCommandResult,
  type After,
} from '../../../../renderer/commands/command-sender.js';
import type { SeatCommandInput } from '../../../../shared/live/commands.js';

/** Timers the test fires by hand. */
function manualTimers() {
  const pending: { ms: number; callback: () => void; cancelled: boolean }[] = [];
  const after: After = (ms, callback) => {
    const timer = { ms, callback, cancelled: false };
    pending.push(timer);
    return () => {
      timer.cancelled = true;
    };
  };
  const fire = () => pending.filter((t) => !t.cancelled).forEach((t) => t.callback());
  return { after, pending, fire };
}

const ACK: SeatCommandInput = { action: 'acknowledge', alarmId: 7, version: 3 };

describe('the command sender', () => {
  it('hands the command to the socket and resolves with the core’s answer', async () => {
    const timers = manualTimers();
    const sent: unknown[] = [];
    const send = createCommandSender((command, reply) => {
      sent.push(command);
      reply({ ok: false, refusal: 'claimed', message: 'claimed by J. Osei at desk-2' });
      return true;
    }, timers.after);
    await expect(send(ACK)).resolves.toEqual({
      ok: false,
      refusal: 'claimed',
      message: 'claimed by J. Osei at desk-2',
    });
    expect(sent).toEqual([ACK]);
    expect(timers.pending[0]?.cancelled).toBe(true);
  });

  it(`treats no answer within ${COMMAND_TIMEOUT_MS / 1000} s as refused 'unavailable', and drops a late answer`, async () => {
    const timers = manualTimers();
    let reply: ((result: unknown) => void) | undefined;
    const send = createCommandSender((_command, r) => {
      reply = r;
      return true;
    }, timers.after);
    const result = send(ACK);
    expect(timers.pending[0]?.ms).toBe(COMMAND_TIMEOUT_MS);
    timers.fire();
    await expect(result).resolves.toEqual(NO_ANSWER);
    expect(NO_ANSWER).toMatchObject({ ok: false, refusal: 'unavailable' });
    reply?.({ ok: true }); // too late: nothing happens
    await expect(result).resolves.toEqual(NO_ANSWER);
  });

  it('refuses at once, sending nothing, when the seat is not connected', async () => {
    const timers = manualTimers();
    const send = createCommandSender(() => false, timers.after);
    await expect(send(ACK)).resolves.toEqual(NOT_CONNECTED);
    expect(timers.pending.every((t) => t.cancelled)).toBe(true);
  });

  it('reads only well-formed answers', () => {
    expect(readCommandResult({ ok: true })).toEqual({ ok: true });
    expect(readCommandResult({ ok: false, refusal: 'conflict', message: 'changed' })).toEqual({
      ok: false,
      refusal: 'conflict',
      message: 'changed',
    });
    expect(readCommandResult({ ok: false, refusal: 'nope', message: 'x' })).toBeNull();
    expect(readCommandResult({ ok: false, refusal: 'conflict' })).toBeNull();
    expect(readCommandResult('ok')).toBeNull();
    expect(readCommandResult(null)).toBeNull();
  });

  it('turns an unreadable answer into "no answer"', async () => {
    const send = createCommandSender((_c, reply) => {
      reply({ weird: true });
      return true;
    }, manualTimers().after);
    await expect(send(ACK)).resolves.toEqual(NO_ANSWER);
  });
});
