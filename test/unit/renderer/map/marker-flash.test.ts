// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FLASH_CLOCK_CLASS,
  FLASH_OFF_CLASS,
  FLASH_OFF_MS,
  FLASH_ON_MS,
  startMarkerFlash,
} from '../../../../renderer/map/marker-flash.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('startMarkerFlash', () => {
  it('flashes the pane on and off in step, once a second, until stopped', () => {
    const pane = document.createElement('div');
    const stop = startMarkerFlash(pane);
    const off = () => pane.classList.contains(FLASH_OFF_CLASS);
    expect(pane.classList.contains(FLASH_CLOCK_CLASS)).toBe(true);
    expect(off()).toBe(false);
    vi.advanceTimersByTime(FLASH_ON_MS);
    expect(off()).toBe(true);
    vi.advanceTimersByTime(FLASH_OFF_MS);
    expect(off()).toBe(false);
    vi.advanceTimersByTime(FLASH_ON_MS + FLASH_OFF_MS);
    expect(off()).toBe(false);
    vi.advanceTimersByTime(FLASH_ON_MS);
    expect(off()).toBe(true);

    stop();
    expect(pane.className).toBe('');
    vi.advanceTimersByTime(10 * (FLASH_ON_MS + FLASH_OFF_MS));
    expect(pane.className).toBe('');
  });
});
