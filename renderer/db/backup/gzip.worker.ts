/** Compresses the export text the backup worker sends while it goes on reading IndexedDB. */
import { gzipHere, type GzipWorkerMessage } from './gzip-sink';

const sink = gzipHere();

function post(message: GzipWorkerMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.addEventListener('message', (event: MessageEvent<string | null>) => {
  if (event.data !== null) {
    sink.write(event.data);
    return;
  }
  sink.finish().then(
    (bytes) => post({ type: 'done', bytes }, [bytes.buffer]),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
