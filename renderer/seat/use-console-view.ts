import { useSyncExternalStore } from 'react';
import { consoleViewFromUrl, type ConsoleView } from './seat-url.js';

/** The screen named in the URL; moving between screens keeps the page (and its live feed) alive. */
export function useConsoleView(): ConsoleView {
  return useSyncExternalStore(subscribe, () => consoleViewFromUrl(window.location.search));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/** Shows another screen: the URL changes (so Back works and a reload stays put), the page does not. */
export function showView(view: ConsoleView): void {
  const url = new URL(window.location.href);
  if (view === 'full') url.searchParams.delete('view');
  else url.searchParams.set('view', view);
  window.history.pushState(null, '', url);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
