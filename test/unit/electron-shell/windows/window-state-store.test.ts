import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readWindowStates, writeWindowStates } from '../../../../electron/shell/windows/window-state-store.js';

const dir = () => mkdtempSync(join(tmpdir(), 'watchfloor-window-state-'));
const state = { displayId: 2, bounds: { x: 1, y: 2, width: 1200, height: 800 }, maximized: true };

describe('window state file', () => {
  it('round-trips what was written', () => {
    const path = join(dir(), 'nested', 'window-state.json');
    writeWindowStates(path, { main: state });
    expect(readWindowStates(path, () => {})).toEqual({ main: state });
  });

  it('treats a missing file as "nothing saved" without a warning', () => {
    const warn = vi.fn();
    expect(readWindowStates(join(dir(), 'absent.json'), warn)).toEqual({});
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['broken JSON', '{"main": '],
    ['wrong shape', '{"main": {"displayId": "2"}}'],
    ['unknown role', JSON.stringify({ third: state })],
    ['extra keys', JSON.stringify({ main: { ...state, alwaysOnTop: true } })],
  ])('ignores %s and warns', (_name, text) => {
    const path = join(dir(), 'window-state.json');
    writeFileSync(path, text);
    const warn = vi.fn();
    expect(readWindowStates(path, warn)).toEqual({});
    expect(warn).toHaveBeenCalledOnce();
  });

  it('replaces the file whole (no temp file left behind)', () => {
    const folder = dir();
    const path = join(folder, 'window-state.json');
    writeWindowStates(path, { main: state });
    writeWindowStates(path, { second: state });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ second: state });
    expect(() => readFileSync(`${path}.tmp`)).toThrow();
  });
});
