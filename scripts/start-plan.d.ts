// Types for start-plan.js (plain JavaScript so `npm start` needs no build step for it). Keep in step
// with the JSDoc there; the unit tests use these.
export type Env = Record<string, string | undefined>;
export type ElectronBinary = { available: true; path: string } | { available: false; reason: string };
export type ElectronPlan = { mode: 'electron'; command: string; args: string[] };
export type ServePlan = { mode: 'serve'; command: string; args: string[]; openBrowser: boolean; message: string };
type PlanContext = { platform: string; env: Env; args: string[]; root: string; nodePath: string };

export function electronBinary(input: {
  electronDir: string;
  env: Env;
  exists: (path: string) => boolean;
  readText: (path: string) => string | null;
}): ElectronBinary;
export function hasDisplay(platform: string, env: Env): boolean;
export function fallbackMessage(reason: string): string;
export function planStart(input: PlanContext & { binary: ElectronBinary }): ElectronPlan | ServePlan;
export function serveFallback(reason: string, input: PlanContext): ServePlan;
export const ELECTRON_EARLY_FAILURE_MS: number;
export function electronFailedEarly(code: number | null, elapsedMs: number): boolean;
export function consoleUrlFromLine(line: string): string | null;
export function browserCommand(platform: string, url: string): { command: string; args: string[] };
