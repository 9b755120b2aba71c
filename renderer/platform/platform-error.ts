import type { IpcErrorCode } from '@shared/ipc';

/** A refused or failed platform call, carrying the main process's `{ code, message }`. */
export class PlatformError extends Error {
  constructor(
    public readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
