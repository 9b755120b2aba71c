import { importLimits, sniffImportFile, type FileKind, type ImportLimits } from '@shared/import/file-kind';
import type { ReadImport } from './import-xlsx';

/** Main thread → import worker. */
export interface ImportReadRequest {
  bytes: Uint8Array;
  kind: FileKind;
  maxRows: number;
}

export type ImportReadResponse = ReadImport;

/** The part of a Worker the reader uses (tests give a stand-in that never answers). */
export interface ImportWorker {
  postMessage(message: ImportReadRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportReadResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
  terminate(): void;
}

export interface ReadOptions {
  limits?: ImportLimits;
  /** Starts the worker that parses; none (vitest on Node) parses on this thread, with no time limit. */
  startWorker?: (() => ImportWorker) | null;
}

function defaultWorker(): (() => ImportWorker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('../export/import.worker.ts', import.meta.url), { type: 'module' });
}

/** Parses in the worker; past the time limit the worker is terminated (SheetJS cannot be interrupted otherwise). */
function readInWorker(start: () => ImportWorker, request: ImportReadRequest, timeMs: number): Promise<ReadImport> {
  const worker = start();
  return new Promise<ReadImport>((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, reason: 'import.file.timeout' }), timeMs);
    const settle = (result: ReadImport) => {
      clearTimeout(timer);
      resolve(result);
    };
    worker.addEventListener('message', (event) => settle(event.data));
    worker.addEventListener('error', () => settle({ ok: false, reason: 'import.file.damaged' }));
    worker.addEventListener('messageerror', () => settle({ ok: false, reason: 'import.file.damaged' }));
    worker.postMessage(request, []);
  }).finally(() => worker.terminate());
}

/**
 * An import file as a sheet, or why not: first by its bytes (a real .xlsx, .xls or .csv, within
 * the size limits), then parsed in a worker within the time limit. Nothing is written either way.
 */
export async function readImportBytes(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadImport> {
  const limits = options.limits ?? importLimits;
  const sniffed = sniffImportFile(bytes, fileName, limits);
  if (!sniffed.ok) return sniffed;
  const request: ImportReadRequest = { bytes, kind: sniffed.kind, maxRows: limits.maxRows };
  const start = options.startWorker === undefined ? defaultWorker() : options.startWorker;
  if (start) return readInWorker(start, request, limits.timeMs);
  const { readImportFile } = await import('./import-xlsx');
  return readImportFile(bytes, sniffed.kind, limits);
}
