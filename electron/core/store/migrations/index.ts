import eventLog from './001-event-log.js';
import actionLog from './002-action-log.js';
import alarmHandling from './003-alarm-handling.js';

export type Migration = { version: number; name: string; sql: string };

/** Append-only: never edit a migration that has shipped; add the next number. */
export const MIGRATIONS: readonly Migration[] = [eventLog, actionLog, alarmHandling];
