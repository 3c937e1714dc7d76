import { useStore } from 'zustand';
import type { WatchfloorState } from './state.js';
import { watchfloorStore } from './store.js';

// Every hook built on this returns a primitive, a reference already held by the store, or goes
// through useShallow: a fresh object or array from a plain selector re-renders forever in zustand 5.
export const useWatchfloor = <T>(selector: (state: WatchfloorState) => T): T => useStore(watchfloorStore, selector);
