import { describe, expect, it } from 'vitest';
import { GUARD_TEXT_BYTES_PER_CHAR, occurrenceFieldsSchema } from '../../../../../shared/domain/occurrence.js';
import { seatCommandSchema } from '../../../../../shared/live/commands.js';
import { MAX_CLIENT_MESSAGE_BYTES } from '../../../../../electron/core/live/live-server.js';
import { commandFrameBytes, largestOccurrenceCommand } from '../../../../support/largest-occurrence.js';

const narrative = occurrenceFieldsSchema.shape.narrative;

describe('the live socket message cap', () => {
  it('holds the largest valid occurrence report', () => {
    const command = largestOccurrenceCommand();
    expect(seatCommandSchema.safeParse(command).success).toBe(true);
    const bytes = commandFrameBytes(command);
    console.log(`largest log-occurrence frame: ${bytes} bytes of a ${MAX_CLIENT_MESSAGE_BYTES}-byte cap`);
    expect(bytes).toBeLessThanOrEqual(MAX_CLIENT_MESSAGE_BYTES);
  });

  it('a report one character over any text cap is refused by the schema', () => {
    const command = largestOccurrenceCommand();
    const longer = { ...command, narrative: `${command.narrative}€` };
    expect(seatCommandSchema.safeParse(longer).success).toBe(false);
    const [person, ...others] = command.people;
    const longerName = { ...command, people: [{ ...person, name: `${person?.name}€` }, ...others] };
    expect(seatCommandSchema.safeParse(longerName).success).toBe(false);
  });

  it('accepts no character that JSON encodes wider than the bound the cap is worked out from', () => {
    let widest = 0;
    for (let unit = 0; unit <= 0xffff; unit++) {
      const text = `a${String.fromCharCode(unit)}a`;
      if (!narrative.safeParse(text).success) continue;
      widest = Math.max(widest, Buffer.byteLength(JSON.stringify(text), 'utf8') - 4);
    }
    expect(widest).toBe(GUARD_TEXT_BYTES_PER_CHAR);
  });

  it('refuses control characters and lone surrogates, keeps newlines, tabs and emoji', () => {
    expect(narrative.safeParse('bell \u0007 here').success).toBe(false);
    expect(narrative.safeParse('half \uD83D emoji').success).toBe(false);
    expect(narrative.safeParse('line one\r\nline\ttwo 👩‍🚒').success).toBe(true);
  });
});
