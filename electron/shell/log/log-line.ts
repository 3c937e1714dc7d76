export const LOG_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One record per line: newlines and other control characters in a message cannot forge extra records. */
export function formatLogLine(time: Date, level: LogLevel, source: string, message: string): string {
  const safe = message.replace(/\r\n|[\r\n]/g, ' ⏎ ').replace(/[\p{Cc}]/gu, '�');
  return `${time.toISOString()} ${level.padEnd(5)} [${source}] ${safe}\n`;
}
