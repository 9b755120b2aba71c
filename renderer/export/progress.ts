/** Where an export is: reading records, filling cells, zipping, saving the file. */
export type ExportPhase = 'read' | 'cells' | 'zip' | 'save';

export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  total: number;
}

/** performance.memory.usedJSHeapSize where Chromium offers it (non-standard), else null. */
export function usedHeapBytes(): number | null {
  const memory: unknown = Reflect.get(performance, 'memory');
  if (typeof memory === 'object' && memory !== null && 'usedJSHeapSize' in memory) {
    const used = memory.usedJSHeapSize;
    return typeof used === 'number' ? used : null;
  }
  return null;
}
