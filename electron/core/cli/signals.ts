/**
 * Resolves with the first SIGINT or SIGTERM, so a command can shut down in order. The handlers stay
 * installed: a second signal during shutdown (a terminal's Ctrl+C also forwarded by `npm start`)
 * must not kill the process half-way through closing the database.
 */
export function untilSignal(onRepeat: (signal: NodeJS.Signals) => void = () => {}): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let first: NodeJS.Signals | null = null;
    const handle = (signal: NodeJS.Signals) => {
      if (first) return onRepeat(signal);
      first = signal;
      resolve(signal);
    };
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
  });
}
