import type { CoreStatus } from '../core/status.js';

/** The tray tooltip: the first thing a guard reads when the window is behind something else. */
export function trayTooltip(openAlarms: number, core: CoreStatus): string {
  if (core.state !== 'running') return 'Watchfloor — console NOT running';
  if (openAlarms === 0) return 'Watchfloor — no open alarms';
  return `Watchfloor — ${openAlarms} open alarm${openAlarms === 1 ? '' : 's'}`;
}

/** The short count next to the icon (macOS) — bounded so it never pushes other icons away. */
export function trayTitle(openAlarms: number): string {
  if (openAlarms <= 0) return '';
  return openAlarms > 99 ? '99+' : String(openAlarms);
}
