import { z } from 'zod';
import { PRIORITIES } from '../../../shared/domain/alarm.js';

/** More than any site has open; a bigger number is a bug or an attack, not a count. */
export const MAX_ALARM_COUNT = 100_000;
export const MAX_NOTICE_TITLE = 120;
export const MAX_NOTICE_BODY = 500;

export const alarmCountSchema = z.number().int().min(0).max(MAX_ALARM_COUNT);

export const alarmNoticeSchema = z.strictObject({
  alarmId: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  priority: z.literal(PRIORITIES),
  title: z.string().trim().min(1).max(MAX_NOTICE_TITLE),
  body: z.string().max(MAX_NOTICE_BODY),
});

/** What the page may ask main to notify about; main still applies the notification rule. */
export type AlarmNotice = z.infer<typeof alarmNoticeSchema>;
