import { z } from 'zod';
import { topicIdSchema } from '../contract/ids.js';
import { ALARM_CONDITIONS } from './alarm-conditions.js';
import { DISPOSITIONS } from './alarm.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');

/** Local time of the site; `to` before `from` wraps past midnight (22:00–06:00). */
const scheduleSchema = z.strictObject({
  days: z.array(z.enum(WEEKDAYS)).min(1).optional(),
  from: clockTime,
  to: clockTime,
});

const conditionSchema = z.enum(ALARM_CONDITIONS);
const priority = z.literal([1, 2, 3, 4]);

/** First matching rule wins; a rule with no criteria matches everything. */
const priorityRuleSchema = z
  .strictObject({
    name: z.string().min(1).max(120).optional(),
    conditions: z.array(conditionSchema).min(1).optional(),
    zones: z.array(topicIdSchema).min(1).optional(),
    floors: z.array(topicIdSchema).min(1).optional(),
    during: scheduleSchema.optional(),
    priority: priority.optional(),
    /** Raise nothing (e.g. motion in the lobby during opening hours); the event is still logged. */
    suppress: z.literal(true).optional(),
  })
  .refine(
    (rule) => (rule.priority === undefined) !== (rule.suppress === undefined),
    'give exactly one of priority or suppress',
  );

const targetsSchema = z.strictObject({
  acknowledgeS: z.number().int().positive(),
  resolveS: z.number().int().positive(),
});

const sopSchema = z.strictObject({
  steps: z.array(z.string().min(1).max(300)).max(30),
  noteRequired: z.boolean().default(false),
});

export const alarmPolicySchema = z.strictObject({
  formatVersion: z.literal(1),
  priorityRules: z.array(priorityRuleSchema).default([]),
  /** Per priority ("1".."4"); the acknowledge target follows NFPA 72's 90 s premises-to-display idea. */
  targets: z.strictObject({ '1': targetsSchema, '2': targetsSchema, '3': targetsSchema, '4': targetsSchema }).default({
    '1': { acknowledgeS: 30, resolveS: 900 },
    '2': { acknowledgeS: 60, resolveS: 1800 },
    '3': { acknowledgeS: 90, resolveS: 3600 },
    '4': { acknowledgeS: 300, resolveS: 86_400 },
  }),
  /** Conditions a guard must reset after they return, before resolving. */
  latched: z.array(conditionSchema).default(['door-forced', 'panic', 'duress', 'access-duress', 'fire']),
  sops: z.partialRecord(conditionSchema, sopSchema).default({}),
  /** Dispositions that need a note to resolve (in addition to SOPs with noteRequired). */
  noteRequiredFor: z.array(z.enum(DISPOSITIONS)).default(['genuine-intruder', 'genuine-other']),
  correlation: z
    .strictObject({ windowS: z.number().int().min(0).max(3600), by: z.enum(['floor', 'zone']) })
    .default({ windowS: 120, by: 'floor' }),
  shelving: z
    .strictObject({
      maxMinutes: z
        .number()
        .int()
        .positive()
        .max(7 * 24 * 60),
    })
    .default({ maxMinutes: 480 }),
});

export type AlarmPolicy = z.output<typeof alarmPolicySchema>;
export type AlarmPolicyInput = z.input<typeof alarmPolicySchema>;
export type PriorityRule = AlarmPolicy['priorityRules'][number];

export const DEFAULT_ALARM_POLICY: AlarmPolicy = alarmPolicySchema.parse({ formatVersion: 1 });
