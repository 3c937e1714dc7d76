import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmPolicySchema, DEFAULT_ALARM_POLICY, type AlarmPolicy } from '../../../shared/domain/alarm-policy.js';
import { ConfigError, describeZodIssues } from '../config/config-error.js';

export const ALARM_POLICY_FILE = 'alarm-policy.json';

/** `<site>/alarm-policy.json` (priority rules, SOPs, targets, latching), or the defaults when there is none. */
export function loadAlarmPolicy(siteDir: string): AlarmPolicy {
  const file = join(siteDir, ALARM_POLICY_FILE);
  if (!existsSync(file)) return DEFAULT_ALARM_POLICY;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`alarm policy ${file}: ${(error as Error).message}`);
  }
  const parsed = alarmPolicySchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeZodIssues(`alarm policy ${file}`, parsed.error));
  return parsed.data;
}
