import { fileNameProblem, fileNameProblemText, type FileNameProblem } from '@shared/file-name';
import { translate } from '@shared/i18n';
import type { IpcErrorCode } from '@shared/ipc';

/**
 * A failure a handler reports on purpose, with the code and the (Chinese) message the user sees.
 * Anything else thrown by a handler is reported as FAILED by the IPC layer.
 */
export class OperationError extends Error {
  constructor(
    readonly code: Extract<IpcErrorCode, 'FAILED' | 'CANCELLED' | 'BAD_FILE_NAME'>,
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

/**
 * A file name the app will not write. The code and the problem cross IPC and the renderer words them
 * in the user's language; the message is the Chinese wording, for the log and any caller that shows it as is.
 */
export class FileNameError extends OperationError {
  constructor(
    readonly problem: FileNameProblem,
    readonly allowed: readonly string[],
  ) {
    super('BAD_FILE_NAME', fileNameProblemText((key, params) => translate('zh-CN', key, params), problem, allowed));
    this.name = 'FileNameError';
  }
}

/** Throws FileNameError unless `name` may be written with one of the `allowed` extensions. */
export function assertFileName(name: string, allowed: readonly string[]): void {
  const problem = fileNameProblem(name, allowed);
  if (problem !== null) throw new FileNameError(problem, allowed);
}
