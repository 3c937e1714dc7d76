import type { HostCommand } from '../../../../electron/shell/core/protocol.js';
import type { CoreProcess } from '../../../../electron/shell/core/supervisor.js';

/** A stand-in for a utility process: the test plays the host's side of the protocol. */
export function fakeCoreProcess() {
  const messageListeners: ((message: unknown) => void)[] = [];
  const exitListeners: ((code: number) => void)[] = [];
  const received: HostCommand[] = [];
  let killed = false;
  const process: CoreProcess = {
    onMessage: (listener) => void messageListeners.push(listener),
    onExit: (listener) => void exitListeners.push(listener),
    postMessage: (command) => void received.push(command),
    kill: () => {
      killed = true;
    },
  };
  return {
    process,
    received,
    wasKilled: () => killed,
    send: (message: unknown) => messageListeners.forEach((listener) => listener(message)),
    exit: (code: number) => exitListeners.forEach((listener) => listener(code)),
  };
}
