/**
 * The core host runs in an Electron utility process but must not import 'electron' (it is built and
 * tested as plain Node). Electron puts `parentPort` on `process`; we read it through this narrow,
 * checked view instead of trusting a global type.
 */
export type HostPort = {
  onMessage(listener: (data: unknown) => void): void;
  postMessage(message: unknown): void;
};

function method(target: object, name: string): ((...args: unknown[]) => unknown) | null {
  const value: unknown = Reflect.get(target, name);
  return typeof value === 'function' ? (...args: unknown[]) => Reflect.apply(value, target, args) : null;
}

/** The utility process's port to main, or null when this is not running in a utility process. */
export function parentPortOf(proc: object): HostPort | null {
  const port: unknown = Reflect.get(proc, 'parentPort');
  if (typeof port !== 'object' || port === null) return null;
  const on = method(port, 'on');
  const post = method(port, 'postMessage');
  if (!on || !post) return null;
  return {
    onMessage(listener) {
      // Electron delivers a MessageEvent-like object; the payload is its `data`.
      on('message', (event: unknown) =>
        listener(typeof event === 'object' && event !== null ? Reflect.get(event, 'data') : undefined),
      );
    },
    postMessage(message) {
      post(message);
    },
  };
}
