import type { z } from 'zod';

/** A setting that cannot be used; the message names where it came from, the key, and why. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function describeZodIssues(source: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const key = issue.path.map(String).join('.');
      return `${source}: ${key || '(root)'}: ${issue.message}`;
    })
    .join('\n');
}
