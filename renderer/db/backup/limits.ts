import { ExportScanner, ExportTooLarge } from './json-scan';
import { byteStream } from './streams';

/**
 * A whole export unpacked: a center's ten years are a few hundred MB (README, Backup); anything past
 * this is a file made to exhaust the PC (a gzip bomb), refused before it fills memory or disk.
 */
export const maxExportBytes = 4 * 1024 * 1024 * 1024;

/** Passes bytes through and fails with ExportTooLarge once more than `max` have gone by. */
export function limitBytes(max: number): TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > max) controller.error(new ExportTooLarge());
      else controller.enqueue(chunk);
    },
  });
}

/** The export text of gzipped backup data, unpacked as it streams, within the size limit. */
export function exportText(data: Uint8Array, max = maxExportBytes): ReadableStream<string> {
  return byteStream(data)
    .pipeThrough(new DecompressionStream('gzip'))
    .pipeThrough(limitBytes(max))
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
}

/**
 * Reads the whole export once with the streaming reader, only to apply its limits (row size, total
 * size): the library's own reader, used for rows that are not plain JSON, has none and would spend
 * minutes on one 600 MB string. Throws ExportTooLarge, or the errors of a damaged file.
 */
export async function checkExportLimits(data: Uint8Array): Promise<void> {
  const scanner = new ExportScanner(100_000);
  const reader = exportText(data).getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) scanner.push(next.value);
  } finally {
    await reader.cancel().catch(() => {});
  }
}
