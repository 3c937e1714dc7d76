import { describe, expect, it } from 'vitest';
import { storeFaultMessage } from '../../../../renderer/status/store-fault-words.js';

describe('store fault banner words', () => {
  it('says what is wrong, that the broker holds the messages, and what does not work meanwhile', () => {
    const fault = {
      code: 'SQLITE_FULL',
      cause: 'the disk holding the database is full',
      since: 0,
      attempts: 3,
      retryAt: 130_000,
    };
    const { title, detail } = storeFaultMessage(fault, 120_000);
    expect(title).toBe(
      'Events are not being stored: the disk holding the database is full (SQLITE_FULL), 2 min 00 s ago.',
    );
    expect(detail).toMatch(/broker is holding new device messages/);
    expect(detail).toMatch(/nothing is lost/);
    expect(detail).toMatch(/cannot be recorded/);
    expect(detail).toMatch(/3 failed tries, next try in 10 s\.$/);
  });
});
