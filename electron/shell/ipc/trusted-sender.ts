import { isConsoleUrl } from '../security/origin.js';

/** What main knows about who sent an IPC message, taken from the event before the frame can go away. */
export type SenderFacts = {
  webContentsId: number;
  /** null when the frame already navigated away or was destroyed. */
  frameUrl: string | null;
  isMainFrame: boolean;
};

/**
 * Only the main frame of one of our console windows, currently showing the console's origin, may
 * talk to main. A subframe, a window we did not create, or our window showing anything else (the
 * status page, a page that slipped past the navigation guard) is dropped.
 */
export function isTrustedSender(
  sender: SenderFacts,
  ourWebContentsIds: ReadonlySet<number>,
  consoleOrigin: string | null,
): boolean {
  if (!ourWebContentsIds.has(sender.webContentsId)) return false;
  if (!sender.isMainFrame || sender.frameUrl === null) return false;
  return isConsoleUrl(sender.frameUrl, consoleOrigin);
}
