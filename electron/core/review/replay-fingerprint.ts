import { createHash } from 'node:crypto';
import { WORLD_CODEC_VERSION } from './replay-world-codec.js';
import type { ReplayEnv } from './replay-world.js';

/**
 * Bump when a change to the replay or to the live rules it applies changes what a replay
 * computes: every persisted keyframe then has another fingerprint and is rebuilt.
 */
export const REPLAY_RULES_VERSION = 1;

/** JSON with object keys sorted, so the same policy read twice gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a keyframe depends on besides the logs: the site's id, time zone and device placement, the
 * alarm policy, and the versions of the rules and of the stored shape. Keyframes made under another fingerprint do not fit.
 */
export function envFingerprint(env: ReplayEnv): string {
  const placement = [...env.placement].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = canonical({
    rules: REPLAY_RULES_VERSION,
    codec: WORLD_CODEC_VERSION,
    siteId: env.siteId,
    timezone: env.timezone,
    policy: env.policy,
    placement,
  });
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
