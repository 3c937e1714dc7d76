import { OCCURRENCE_LIMITS, OCCURRENCE_TEXT_LIMITS } from '../../shared/domain/occurrence.js';
import type { SeatCommandInput } from '../../shared/live/commands.js';

/** Three bytes in UTF-8 and not escaped by JSON: the widest character a valid report may hold. */
const WIDE = '€';
const wide = (length: number) => WIDE.repeat(length);
/** A number in a location as long as JSON writes one: 17 significant digits and an exponent. */
const LONG_NUMBER = (0.1 + 0.2) * 1e-7;
const LONG_ID = 'f'.repeat(64);

/** The largest `log-occurrence` command the schema accepts, field by field at its cap. */
export function largestOccurrenceCommand(overrides: Partial<Record<'floorId' | 'zone', string>> = {}) {
  return {
    action: 'log-occurrence',
    category: 'suspicious-person',
    location: {
      floorId: overrides.floorId ?? LONG_ID,
      x: LONG_NUMBER,
      y: LONG_NUMBER,
      zone: overrides.zone ?? LONG_ID,
    },
    people: Array.from({ length: OCCURRENCE_LIMITS.people }, () => ({
      role: 'witness' as const,
      name: wide(OCCURRENCE_TEXT_LIMITS.name),
      description: wide(OCCURRENCE_TEXT_LIMITS.description),
    })),
    vehicles: Array.from({ length: OCCURRENCE_LIMITS.vehicles }, () => ({
      plate: wide(OCCURRENCE_TEXT_LIMITS.plate),
      description: wide(OCCURRENCE_TEXT_LIMITS.description),
    })),
    narrative: wide(OCCURRENCE_LIMITS.narrative),
    alarmIds: Array.from({ length: OCCURRENCE_LIMITS.alarms }, () => Number.MAX_SAFE_INTEGER),
    occurredAt: Number.MAX_SAFE_INTEGER,
  } satisfies SeatCommandInput;
}

/**
 * The bytes socket.io puts on the wire for `emit('command', command, ack)`: engine.io's message
 * type '4', socket.io's event type '2', the ack id, then the JSON array. The ack id is given at
 * its longest plausible length (a seat would need 10^9 commands to reach it).
 */
export const commandFrameBytes = (command: unknown): number =>
  Buffer.byteLength(`42${'9'.repeat(10)}${JSON.stringify(['command', command])}`, 'utf8');
