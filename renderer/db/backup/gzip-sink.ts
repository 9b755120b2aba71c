/**
 * gzip fed one piece of text at a time while the export is read. Here, compression shares the
 * thread with the reading; in a second worker (the backup worker's own), it runs alongside it.
 */
export interface GzipSink {
  /** Not awaited by the caller: it runs inside the read transaction, which may only wait on IndexedDB. */
  write(text: string): void;
  finish(): Promise<Uint8Array<ArrayBuffer>>;
}

/** gzip on this thread. */
export function gzipHere(): GzipSink {
  const gzip = new CompressionStream('gzip');
  const writer = gzip.writable.getWriter();
  const output = new Response(gzip.readable).arrayBuffer();
  const encoder = new TextEncoder();
  let failed: unknown = null;
  return {
    write(text) {
      writer.write(encoder.encode(text)).catch((error: unknown) => (failed ??= error));
    },
    async finish() {
      await writer.close();
      const bytes = new Uint8Array(await output);
      if (failed) throw failed;
      return bytes;
    },
  };
}

export type GzipWorkerMessage = { type: 'done'; bytes: Uint8Array<ArrayBuffer> } | { type: 'error'; message: string };

/** gzip in a worker of its own (text in as messages, the gzip bytes back, transferred). */
export function gzipInWorker(): GzipSink {
  const worker = new Worker(new URL('./gzip.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<GzipWorkerMessage>) => {
      if (event.data.type === 'done') resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'gzip worker failed')));
  });
  result.catch(() => {}); // observed in finish(); avoids an unhandled rejection before that
  return {
    write(text) {
      worker.postMessage(text);
    },
    async finish() {
      worker.postMessage(null);
      try {
        return await result;
      } finally {
        worker.terminate();
      }
    },
  };
}
