import type { Priority } from '../../../../shared/domain/alarm.js';

/** A4 in points, with room at the foot for the page footer. */
export const PAGE = { size: 'A4', margin: { top: 54, bottom: 64, left: 50, right: 50 } } as const;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

/** Dark ink on white; colour only where it carries meaning (priority, a missed target). */
export const COLOR = {
  ink: '#1b2430',
  muted: '#5f6b7a',
  faint: '#8a94a3',
  rule: '#d3d9e1',
  band: '#eef2f6',
  zebra: '#f7f9fb',
  accent: '#1f3a5f',
  bar: '#3d5a80',
  good: '#1e7b4a',
  bad: '#b3261e',
  warn: '#a15c00',
} as const;

export const PRIORITY_COLOR: Record<Priority, string> = {
  1: '#c0392b',
  2: '#e07b1f',
  3: '#d4a514',
  4: '#5b7db1',
};
