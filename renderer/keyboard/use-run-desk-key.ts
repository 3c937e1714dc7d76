import { useCallback } from 'react';
import { watchfloorStore } from '../store/store.js';
import type { DeskKey } from './key-map.js';
import { runDeskKey } from './run-desk-key.js';

/** For buttons that do what a key does, so mouse and keyboard can never disagree. */
export function useRunDeskKey(): (key: DeskKey) => void {
  return useCallback((key: DeskKey) => runDeskKey(key, watchfloorStore), []);
}
