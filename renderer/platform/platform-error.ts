import type { IpcError, IpcErrorCode } from '@shared/ipc';

/** A refused or failed platform call, carrying the main process's `{ code, message }`. */
export class PlatformError extends Error {
  constructor(
    public readonly code: IpcErrorCode,
    message: string,
    /** BAD_FILE_NAME: the problem with the name, which `errorText` words in the screen's language. */
    public readonly fileName?: IpcError['fileName'],
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
