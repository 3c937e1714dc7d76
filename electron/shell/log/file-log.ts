import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatLogLine, type LogLevel } from './log-line.js';

/** A desk runs for months; the log rotates at this size and keeps this many old files. */
export type LogLimits = { maxBytes: number; keepFiles: number };
export const LOG_LIMITS: LogLimits = { maxBytes: 5 * 1024 * 1024, keepFiles: 3 };
export const LOG_FILE_NAME = 'watchfloor.log';

export type FileLog = {
  readonly path: string;
  write(level: LogLevel, source: string, message: string): void;
  /** A Logger (the core's shape) writing under one source name. */
  scope(source: string): { info(msg: string): void; warn(msg: string): void; error(msg: string): void };
};

/**
 * Appends synchronously: the volume is a few lines a minute, and a line that was logged must be on
 * disk if the app crashes right after. Writing never throws — a full disk must not take the desk down.
 */
export function openFileLog(
  dir: string,
  echo: (line: string) => void = () => {},
  limits: LogLimits = LOG_LIMITS,
): FileLog {
  const path = join(dir, LOG_FILE_NAME);
  let size = 0;
  try {
    mkdirSync(dir, { recursive: true });
    size = statSync(path).size;
  } catch {
    size = 0;
  }

  const rotate = () => {
    rmSync(`${path}.${limits.keepFiles}`, { force: true });
    for (let n = limits.keepFiles - 1; n >= 1; n -= 1) {
      try {
        renameSync(`${path}.${n}`, `${path}.${n + 1}`);
      } catch {
        // that generation does not exist yet
      }
    }
    renameSync(path, `${path}.1`);
    size = 0;
  };

  const write = (level: LogLevel, source: string, message: string) => {
    const line = formatLogLine(new Date(), level, source, message);
    echo(line);
    const bytes = Buffer.byteLength(line);
    try {
      if (size > 0 && size + bytes > limits.maxBytes) rotate();
      appendFileSync(path, line);
      size += bytes;
    } catch {
      // Logging is best effort; the console keeps running.
    }
  };

  return {
    path,
    write,
    scope: (source) => ({
      info: (msg) => write('info', source, msg),
      warn: (msg) => write('warn', source, msg),
      error: (msg) => write('error', source, msg),
    }),
  };
}
