/** The renderer's single-purpose layouts for a two-monitor desk: map on one screen, queue on the other. */
export const CONSOLE_VIEWS = ['map', 'queue'] as const;
export type ConsoleView = (typeof CONSOLE_VIEWS)[number];

export function viewUrl(httpUrl: string, view: ConsoleView | null): string {
  const url = new URL(httpUrl);
  if (view === null) url.searchParams.delete('view');
  else url.searchParams.set('view', view);
  return url.href;
}
