import { describe, expect, it } from 'vitest';
import { formatLogLine } from '../../../../electron/shell/log/log-line.js';

const AT = new Date('2025-01-02T03:04:05.678Z');

describe('formatLogLine', () => {
  it('writes time, level, source and message on one line', () => {
    expect(formatLogLine(AT, 'warn', 'shell', 'blocked navigation')).toBe(
      '2025-01-02T03:04:05.678Z warn  [shell] blocked navigation\n',
    );
  });

  it('cannot be made to forge a second record', () => {
    const line = formatLogLine(AT, 'info', 'core', 'ok\r\n2025-01-02T03:04:05.678Z error [shell] forged\rx\u001b[31m');
    expect(line.split('\n')).toHaveLength(2);
    expect(line).not.toContain('\r');
    expect(line).not.toContain('\u001b');
  });
});
