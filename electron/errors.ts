import type { IpcErrorCode } from '@shared/ipc';

/**
 * A failure a handler reports on purpose, with the code and the (Chinese) message the user sees.
 * Anything else thrown by a handler is reported as FAILED by the IPC layer.
 */
export class OperationError extends Error {
  constructor(
    readonly code: Extract<IpcErrorCode, 'FAILED' | 'CANCELLED'>,
    message: string,
  ) {
    super(message);
    this.name = 'OperationError';
  }
}

/** The Node error code of a file-system error (`ENOENT`, `EACCES`, …), if any. */
export function errnoCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
