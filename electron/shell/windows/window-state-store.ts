import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { SavedWindowState } from './bounds.js';

const rect = z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const windowState = z.strictObject({ displayId: z.number(), bounds: rect, maximized: z.boolean() });
const fileSchema = z.record(z.enum(['main', 'second']), windowState.optional());

export type WindowRole = 'main' | 'second';
export type WindowStates = Partial<Record<WindowRole, SavedWindowState>>;

/** A missing, unreadable or hand-edited-wrong file means "no saved state", never a failed start. */
export function readWindowStates(path: string, warn: (message: string) => void): WindowStates {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the warning
  }
  warn(`ignoring unreadable window state in ${path}`);
  return {};
}

/** Write-then-rename, so a crash mid-write leaves the previous file rather than half a file. */
export function writeWindowStates(path: string, states: WindowStates): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(states, null, 2)}\n`);
  renameSync(temporary, path);
}
