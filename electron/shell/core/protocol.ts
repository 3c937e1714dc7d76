import { z } from 'zod';

/**
 * Messages between main and the core host (utility process). Both sides parse what they receive:
 * a structured-clone message is still untrusted input across a process boundary.
 */
export const MAX_ARGS = 64;
export const MAX_MESSAGE_TEXT = 4000;

export const hostCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), argv: z.array(z.string().max(MAX_MESSAGE_TEXT)).max(MAX_ARGS) }),
  z.strictObject({ type: z.literal('stop') }),
]);
export type HostCommand = z.infer<typeof hostCommandSchema>;

/** The console URL main will trust as the window's only origin: plain http(s), no credentials. */
function isPlainWebUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export const hostEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('ready'),
    httpUrl: z.string().max(MAX_MESSAGE_TEXT).refine(isPlainWebUrl, 'must be a plain http(s) URL'),
  }),
  /** fatal: retrying cannot help (bad configuration); main shows the message instead of restarting. */
  z.strictObject({ type: z.literal('failed'), message: z.string().max(MAX_MESSAGE_TEXT), fatal: z.boolean() }),
  z.strictObject({ type: z.literal('stopped') }),
]);
export type HostEvent = z.infer<typeof hostEventSchema>;

/** Long messages (a stack, a zod report) are cut so one message cannot flood the log or the page. */
export function clip(text: string): string {
  return text.length <= MAX_MESSAGE_TEXT ? text : `${text.slice(0, MAX_MESSAGE_TEXT - 1)}…`;
}
