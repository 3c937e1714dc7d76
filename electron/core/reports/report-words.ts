import type { Priority } from '../../../shared/domain/alarm.js';

/** door-forced → door forced: the words a guard sees in the UI. */
export const words = (id: string): string => id.replaceAll('-', ' ');

export const priorityLabel = (priority: Priority | 'all'): string => (priority === 'all' ? 'All' : `P${priority}`);

/** 40 s, 12 min 5 s, 2 h 3 min: for reading; the CSV and JSON keep plain seconds. */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
  const minutes = Math.round(s / 60);
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** 1m 39s, 2h 5m: for table cells where the long form would wrap. */
export function shortDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60}m` : `${Math.floor(s / 60)}m ${s % 60}s`;
  const minutes = Math.round(s / 60);
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

export const percent = (share: number | null): string => (share === null ? '–' : `${Math.round(share * 100)}%`);

/** 1,234,567 */
export const thousands = (n: number): string => n.toLocaleString('en-US');
