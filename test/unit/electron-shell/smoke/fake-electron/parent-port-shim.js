// Loaded with --import into the fake utility process: gives it the `process.parentPort` Electron
// would, carried over Node's IPC channel, with messages wrapped as { data } like a MessageEvent.
// Like Electron's port, it queues messages until the first 'message' listener is registered, and
// (electron/electron#47228) the channel keeps the process alive until it calls process.exit().
import { EventEmitter } from 'node:events';
import { setImmediate } from 'node:timers';

const port = new EventEmitter();
const queued = [];
let delivering = false;
port.postMessage = (message) => process.send?.(message);
port.on('newListener', (event) => {
  if (event !== 'message' || delivering) return;
  setImmediate(() => {
    delivering = true;
    queued.splice(0).forEach((data) => port.emit('message', { data }));
  });
});
process.on('message', (data) => {
  if (delivering) port.emit('message', { data });
  else queued.push(data);
});
process.parentPort = port;
