import type { z } from 'zod';
import { fileNameProblemText, fileNameProblems, type FileNameProblem } from '@shared/file-name';
import { translate } from '@shared/i18n';
import {
  ipcChannels,
  ipcContract,
  type FileNameIssueParams,
  type IpcChannel,
  type IpcError,
  type IpcHandlerArgs,
  type IpcResponse,
  type IpcResult,
} from '@shared/ipc';
import { FileNameError, OperationError } from '../errors';

/** What the IPC layer needs from an invoke event; the real `IpcMainInvokeEvent` fits. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export type Handler<C extends IpcChannel, E> = (args: IpcHandlerArgs<C>, event: E) => Promise<IpcResult<C>>;
export type Handlers<E> = { [C in IpcChannel]: Handler<C, E> };

export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * The contract viewed per channel, so that `schemas[channel]` with a generic channel is typed
 * `ZodType<IpcHandlerArgs<C>>` (TypeScript's correlated-union pattern; no cast needed).
 */
const schemas: { [C in IpcChannel]: { args: z.ZodType<IpcHandlerArgs<C>> } } = ipcContract;

function failure(code: IpcError['code'], message: string): IpcResponse<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(参数)'}: ${issue.message}`)
    .join('; ');
}

function fileNameFailure(problem: FileNameProblem, allowed: readonly string[]): IpcResponse<never> {
  const message = fileNameProblemText((key, params) => translate('zh-CN', key, params), problem, allowed);
  return { ok: false, error: { code: 'BAD_FILE_NAME', message, fileName: { problem, allowed: [...allowed] } } };
}

function isFileNameProblem(value: unknown): value is FileNameProblem {
  return fileNameProblems.some((p) => p === value);
}

/** The problem a contract's file-name schema found (shared/ipc.ts `fileNameSchemaFor`), if that is what failed. */
function fileNameIssue(error: z.ZodError): { problem: FileNameProblem; allowed: string[] } | null {
  for (const issue of error.issues) {
    if (issue.code !== 'custom') continue;
    const params: Partial<FileNameIssueParams> = issue.params ?? {};
    if (isFileNameProblem(params.fileNameProblem)) return { problem: params.fileNameProblem, allowed: params.allowed ?? [] };
  }
  return null;
}

function failureFrom(channel: IpcChannel, error: unknown): IpcResponse<never> {
  if (error instanceof FileNameError) return fileNameFailure(error.problem, error.allowed);
  if (error instanceof OperationError) return failure(error.code, error.message);
  // Unexpected: log the details for support, give the user the gist.
  console.error(`IPC ${channel} failed`, error);
  const reason = error instanceof Error ? error.message : String(error);
  return failure('FAILED', `操作失败:${reason}`);
}

/** Checks the sender, validates the arguments, runs the handler and never throws across IPC. */
export async function dispatch<C extends IpcChannel, E extends InvokeEventLike>(
  channel: C,
  handler: Handler<C, E>,
  event: E,
  rawArgs: unknown,
  isTrustedFrame: (frame: E['senderFrame']) => boolean,
): Promise<IpcResponse<IpcResult<C>>> {
  if (!isTrustedFrame(event.senderFrame)) {
    return failure('FORBIDDEN', `拒绝:${channel} 的调用不是来自本应用的页面`);
  }
  const parsed = schemas[channel].args.safeParse(rawArgs);
  if (!parsed.success) {
    // A refused file name is the one bad argument a clerk can cause (a typed title): say what is wrong with it.
    const name = fileNameIssue(parsed.error);
    if (name) return fileNameFailure(name.problem, name.allowed);
    return failure('BAD_ARGS', `参数无效(${channel}):${describeIssues(parsed.error)}`);
  }
  try {
    return { ok: true, value: await handler(parsed.data, event) };
  } catch (error) {
    return failureFrom(channel, error);
  }
}

/** Registers one `ipcMain.handle` per contract channel; there is no other way in. */
export function registerHandlers<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  handlers: Handlers<E>,
  isTrustedFrame: (frame: E['senderFrame']) => boolean,
): void {
  const registerOne = <C extends IpcChannel>(channel: C): void => {
    const handler: Handler<C, E> = handlers[channel];
    ipcMain.handle(channel, (event, args) => dispatch(channel, handler, event, args, isTrustedFrame));
  };
  for (const channel of ipcChannels) registerOne(channel);
}
