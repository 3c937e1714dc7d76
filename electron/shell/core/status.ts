/** The core as the desktop shell sees it; sent to console windows and shown on the status page. */
export type CoreStatus =
  | { state: 'starting' }
  | { state: 'running'; httpUrl: string }
  | { state: 'restarting'; attempt: number; delayMs: number; reason: string }
  | { state: 'stopped'; reason: string };
