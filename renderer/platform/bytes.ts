function isOnArrayBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer;
}

/** Blob and IPC take bytes over a plain ArrayBuffer; a view on shared memory is copied first. */
export function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return isOnArrayBuffer(bytes) ? bytes : new Uint8Array(bytes);
}
