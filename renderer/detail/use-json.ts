import { useEffect, useState } from 'react';
import { apiFetch } from '../api/api-fetch.js';

export type Fetched<T> = { data: T | null; error: string | null; loading: boolean };

/**
 * GETs `url` (null: nothing) and parses the answer; fetches again when `refreshKey` changes,
 * keeping the last answer on screen meanwhile so the panel does not flicker. Same-origin only.
 */
export function useJson<T>(url: string | null, parse: (value: unknown) => T | null, refreshKey: unknown): Fetched<T> {
  const [state, setState] = useState<Fetched<T> & { url: string | null }>({
    url,
    data: null,
    error: null,
    loading: false,
  });
  if (state.url !== url) setState({ url, data: null, error: null, loading: url !== null });

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    apiFetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`the console core answered ${response.status}`);
        const data = parse(await response.json());
        if (data === null) throw new Error('the console core sent something unreadable');
        setState({ url, data, error: null, loading: false });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setState((previous) => ({ ...previous, error: message, loading: false }));
      });
    return () => controller.abort();
  }, [url, parse, refreshKey]);

  return state;
}
