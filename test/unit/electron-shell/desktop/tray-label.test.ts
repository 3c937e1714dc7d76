import { describe, expect, it } from 'vitest';
import { trayTitle, trayTooltip } from '../../../../electron/shell/desktop/tray-label.js';

const running = { state: 'running', httpUrl: 'http://127.0.0.1:4780/' } as const;

describe('tray labels', () => {
  it('counts open alarms with the right plural', () => {
    expect(trayTooltip(0, running)).toBe('Watchfloor — no open alarms');
    expect(trayTooltip(1, running)).toBe('Watchfloor — 1 open alarm');
    expect(trayTooltip(12, running)).toBe('Watchfloor — 12 open alarms');
  });

  it('puts "not running" above any count: a stale count would be a lie', () => {
    expect(trayTooltip(3, { state: 'restarting', attempt: 1, delayMs: 500, reason: 'x' })).toBe(
      'Watchfloor — console NOT running',
    );
    expect(trayTooltip(0, { state: 'starting' })).toBe('Watchfloor — console NOT running');
  });

  it('keeps the title short', () => {
    expect(trayTitle(0)).toBe('');
    expect(trayTitle(7)).toBe('7');
    expect(trayTitle(100)).toBe('99+');
  });
});
