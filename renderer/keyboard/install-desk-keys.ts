import type { WatchfloorStore } from '../store/store.js';
import { deskKeyFor } from './key-map.js';
import { runDeskKey } from './run-desk-key.js';

/** Held down, these repeat; a held `a` must not send a stream of acknowledges. */
const REPEATABLE = new Set(['next', 'previous']);
/** Inside the map, arrows pan it (Leaflet's own keys); letters still work there. */
const MAP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/**
 * The desk's keyboard, on the window so it works wherever focus is. Keys typed into a text box,
 * keys while a dialog is open (the dialog owns them) and keys a control already handled are left alone.
 */
export function installDeskKeys(store: WatchfloorStore, page: Window): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const state = store.getState();
    if (state.dialog !== null) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const key = deskKeyFor({ ...modifiers(event), key: event.key, target }, { detailOpen: state.detailOpen });
    if (!key) return;
    if (MAP_KEYS.has(event.key) && target?.closest('.leaflet-container')) return;
    event.preventDefault();
    if (event.repeat && !REPEATABLE.has(key.intent)) return;
    runDeskKey(key, store);
  };
  page.addEventListener('keydown', onKeyDown);
  return () => page.removeEventListener('keydown', onKeyDown);
}

const modifiers = ({ shiftKey, ctrlKey, altKey, metaKey }: KeyboardEvent) => ({ shiftKey, ctrlKey, altKey, metaKey });
