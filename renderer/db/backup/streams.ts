/**
 * Byte plumbing for backup files: gzip and gunzip through the platform's streams, so a large backup
 * never exists as one JS string, and SHA-256 through WebCrypto.
 */

type Bytes = Uint8Array<ArrayBuffer>;

/** Streams, Blob and WebCrypto take bytes over a plain ArrayBuffer; a view on shared memory is copied first. */
export function plainBytes(bytes: Uint8Array): Bytes {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
}

/** Calls `report(done)` at most ~200 times over `total`, and always at the end. */
function throttled(total: number, report?: (done: number) => void): (done: number) => void {
  if (!report) return () => {};
  const step = Math.max(1, Math.floor(total / 200));
  let last = -step;
  return (done) => {
    if (done - last >= step || done >= total) {
      last = done;
      report(done);
    }
  };
}

/** A pass-through that counts the bytes flowing by. */
function counting(total: number, report?: (done: number) => void): TransformStream<Bytes, Bytes> {
  let done = 0;
  const tick = throttled(total, report);
  return new TransformStream({
    transform(chunk, controller) {
      done += chunk.byteLength;
      tick(done);
      controller.enqueue(chunk);
    },
  });
}

/** A stream over a byte array in 1 MiB views (no copy). */
export function byteStream(input: Uint8Array, chunkBytes = 1 << 20): ReadableStream<Bytes> {
  const bytes = plainBytes(input);
  let pos = 0;
  return new ReadableStream({
    pull(controller) {
      if (pos >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.subarray(pos, pos + chunkBytes));
      pos += chunkBytes;
    },
  });
}

/** gzip of a Blob's bytes; `onBytes` gets how many input bytes have been compressed. */
export async function gzipBlob(blob: Blob, onBytes?: (done: number, total: number) => void): Promise<Bytes> {
  const out = blob
    .stream()
    .pipeThrough(counting(blob.size, onBytes && ((done) => onBytes(done, blob.size))))
    .pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/**
 * The gunzipped bytes as a Blob. Chromium keeps a large Blob outside the JS heap (on disk when
 * needed), so a 400 MB export JSON never sits in the renderer's memory. Rejects on damaged gzip.
 */
export function gunzipToBlob(data: Uint8Array, onBytes?: (done: number, total: number) => void): Promise<Blob> {
  const out = byteStream(data)
    .pipeThrough(counting(data.length, onBytes && ((done) => onBytes(done, data.length))))
    .pipeThrough(new DecompressionStream('gzip'));
  return new Response(out).blob();
}

/** The first `limit` bytes (or fewer) of the gunzipped data, for reading the export's own header. */
export async function gunzipHead(data: Uint8Array, limit: number): Promise<Blob> {
  const reader = byteStream(data, 64 * 1024).pipeThrough(new DecompressionStream('gzip')).getReader();
  const parts: Bytes[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return new Blob(parts);
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', plainBytes(data)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** One array holding `a` then `b`. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Bytes {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
