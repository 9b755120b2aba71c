/**
 * The one typed IPC contract between the renderer and the main process.
 * Channel → argument schema (zod, validated in main) and result type.
 * Only plain data crosses; failures come back as `{ code, message }`.
 */
import { z } from 'zod';
import { upgradeBackupNameTime } from './backup/file-names';
import { exportExtensions, fileNameProblem, saveAsExtensions, type FileNameProblem } from './file-name';
import { dataKeyBytes, deviceSlotSchema, type DeviceSlot, type DeviceUnwrap } from './backup/sealed-layout';
import { isAllowedTrackingUrl } from './shipping/carriers';

export const pageSizeSchema = z.object({
  widthMm: z.number().positive().max(2000),
  heightMm: z.number().positive().max(5000),
});
export type PageSize = z.infer<typeof pageSizeSchema>;

const bytesSchema = z.instanceof(Uint8Array);

/** The issue a file-name schema raises: its `params` say what is wrong, for BAD_FILE_NAME. */
export interface FileNameIssueParams {
  fileNameProblem: FileNameProblem;
  allowed: string[];
}

/**
 * A bare file name the app may write (shared/file-name.ts: no path separators, reserved or
 * invisible characters, device names, trailing dot or space) with one of the `allowed` extensions.
 * A refusal is answered as BAD_FILE_NAME with the problem (electron/ipc/register.ts), which the
 * renderer words.
 */
export function fileNameSchemaFor(allowed?: readonly string[]) {
  return z.string().superRefine((name, ctx) => {
    const problem = fileNameProblem(name, allowed);
    if (problem === null) return;
    const params: FileNameIssueParams = { fileNameProblem: problem, allowed: [...(allowed ?? [])] };
    ctx.addIssue({ code: 'custom', message: problem, params });
  });
}

export const fileNameSchema = fileNameSchemaFor();

/** The save dialog's filter: extensions from `saveAsExtensions` only (an `.exe` filter is a refused name). */
const saveAsFilterSchema = z
  .array(z.string().max(16))
  .min(1)
  .max(5)
  .superRefine((extensions, ctx) => {
    const allowed: readonly string[] = saveAsExtensions;
    if (extensions.every((e) => allowed.includes(e))) return;
    const params: FileNameIssueParams = { fileNameProblem: 'extension', allowed: [...saveAsExtensions] };
    ctx.addIssue({ code: 'custom', message: 'extension', params });
  });

/** Backup files end in `.shbk`, e.g. `售后服务中心-备份-2026-11-27-083012.shbk`. */
export const backupExtension = 'shbk';
export const backupFileNameSchema = fileNameSchemaFor([backupExtension]);

/** The largest backup file that is opened: Node reads at most 2 GiB − 1 bytes into one buffer. */
export const maxBackupBytes = 2 ** 31 - 1;

/** The one message for a backup file over the limit, shown by main and by the browser picker alike. */
export function backupTooLargeMessage(sizeBytes: number): string {
  const gb = (sizeBytes / 1024 ** 3).toFixed(1);
  return `备份文件太大(${gb} GB),超过 2 GB 的上限,无法打开。请确认选择的是本软件的备份文件。`;
}

export const ipcContract = {
  'app/info': {
    args: z.object({}).strict(),
    result: {} as { version: string; platform: string; userDataPath: string; hostname: string },
  },
  'export/choose-folder': {
    args: z.object({}).strict(),
    result: {} as { folder: string } | null,
  },
  'export/get-folder': {
    args: z.object({}).strict(),
    result: {} as { folder: string | null },
  },
  'export/write': {
    args: z.object({ fileName: fileNameSchemaFor(exportExtensions), bytes: bytesSchema }).strict(),
    result: {} as { path: string } | null,
  },
  /** Save dialog: pdf, xlsx, json or shbk only (the handler checks the name typed in the dialog too). */
  'file/save-as': {
    args: z
      .object({
        defaultName: fileNameSchemaFor(saveAsExtensions),
        bytes: bytesSchema,
        filterName: z.string().min(1).max(60),
        extensions: saveAsFilterSchema,
      })
      .strict(),
    result: {} as { path: string } | null,
  },
  'print/print': {
    args: z
      .object({
        html: z.string().min(1).max(50_000_000),
        pageSize: pageSizeSchema,
        silent: z.boolean(),
        printerName: z.string().max(300).optional(),
        copies: z.number().int().min(1).max(99).optional(),
        /** For drivers that shrink silent prints: the job's resolution, the same horizontally and vertically. */
        dpi: z.number().int().min(60).max(2400).optional(),
      })
      .strict(),
    /** `message` says what happened when the job did not go exactly as asked (e.g. printer missing → dialog). */
    result: {} as { printed: true; message?: string },
  },
  'print/pdf': {
    args: z.object({ html: z.string().min(1).max(50_000_000), pageSize: pageSizeSchema }).strict(),
    result: {} as { bytes: Uint8Array },
  },
  'print/printers': {
    args: z.object({}).strict(),
    result: {} as { printers: PrinterInfo[] },
  },
  /**
   * Writes an automatic backup atomically into userData/backups/, keeps the newest 30 backup files
   * there, and copies it into the second folder when one is set. A second folder that is unusable
   * (USB stick not plugged in) does not fail the write: `secondaryError` says why the copy is missing.
   */
  'backup/write-auto': {
    args: z.object({ fileName: backupFileNameSchema, bytes: bytesSchema }).strict(),
    result: {} as { path: string; secondaryPath?: string; secondaryError?: string; kept: number },
  },
  'backup/choose-second-folder': {
    args: z.object({}).strict(),
    result: {} as { folder: string } | null,
  },
  /** Stops copying automatic backups to the second folder (the files already there stay). */
  'backup/clear-second-folder': {
    args: z.object({}).strict(),
    result: {} as { cleared: true },
  },
  'backup/get-folders': {
    args: z.object({}).strict(),
    result: {} as { primary: string; secondary: string | null },
  },
  /**
   * Opens a carrier's tracking page in the system browser (SHP-4 查询物流): https pages on the
   * allow-listed carrier sites only (shared/shipping/carriers.ts); anything else is refused.
   */
  'shell/open-external': {
    args: z.object({ url: z.string().max(2000).refine(isAllowedTrackingUrl, '只能打开允许的快递查件网站') }).strict(),
    result: {} as { opened: true },
  },
  /**
   * Free space on the disk holding the app's data (userData), in bytes: the warning under 1 GB. The
   * renderer cannot ask itself: Chromium reports all free disk as quota in Electron.
   */
  'storage/free-space': {
    args: z.object({}).strict(),
    result: {} as { freeBytes: number },
  },
  /**
   * Wraps a new backup's random data key with this PC's device key. The device key is kept by main
   * (protected with the OS key store through safeStorage) and never crosses IPC; only the per-backup
   * data key does, because the renderer's WebCrypto encrypts the backup where it is built.
   */
  'backup/wrap-key': {
    args: z.object({ dataKey: bytesSchema.refine((b) => b.length === dataKeyBytes, '数据密钥长度不对') }).strict(),
    result: {} as { slot: DeviceSlot },
  },
  /** Unwraps a backup's data key; refuses a slot of another PC's device key ('otherDevice') or a changed one ('damaged'). */
  'backup/unwrap-key': {
    args: z.object({ slot: deviceSlotSchema }).strict(),
    result: {} as DeviceUnwrap,
  },
  /** Open dialog for a backup file; refuses a file over 2 GB. Null when the dialog is cancelled. */
  'backup/open': {
    args: z.object({}).strict(),
    result: {} as { fileName: string; bytes: Uint8Array } | null,
  },
  /**
   * Whether this is the first start of a new app (or Electron) version: then the renderer backs the
   * records up before opening the database. Null when this version has started before.
   */
  'backup/version-check': {
    args: z.object({}).strict(),
    result: {} as { previousVersion: string | null; version: string } | null,
  },
  /**
   * Records that this version has started, after writing its backup before the upgrade (when there
   * was a database to back up) into userData/backups/before-upgrade/, outside the rotation of 30.
   */
  'backup/version-started': {
    args: z
      .object({
        upgradeBackup: z
          .object({
            fileName: backupFileNameSchema.refine((name) => upgradeBackupNameTime(name) !== null, '不是升级前备份的文件名'),
            bytes: bytesSchema,
          })
          .strict()
          .optional(),
      })
      .strict(),
    result: {} as { path: string | null },
  },
} as const;

export interface PrinterInfo {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcArgs<C extends IpcChannel> = z.input<IpcContract[C]['args']>;
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

export type IpcErrorCode = 'BAD_ARGS' | 'FORBIDDEN' | 'FAILED' | 'CANCELLED' | 'BAD_FILE_NAME';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
  /** BAD_FILE_NAME: what is wrong with the name, and the extensions that channel allows. */
  fileName?: { problem: FileNameProblem; allowed: string[] };
}
export type IpcResponse<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The shape of `window.api`: one async function per channel, named by the channel. */
export type Api = { [C in IpcChannel]: (args: IpcArgs<C>) => Promise<IpcResponse<IpcResult<C>>> };

export const ipcChannels = Object.keys(ipcContract) as IpcChannel[];

/** Arguments as the main-process handler sees them, after the channel's schema has parsed them. */
export type IpcHandlerArgs<C extends IpcChannel> = z.output<IpcContract[C]['args']>;

/**
 * Application-menu commands reach the renderer as a DOM `CustomEvent` on `window` with this name and
 * the command as `detail` (main dispatches it; nothing is exposed on `window.api` for it).
 */
export const menuCommandEvent = 'app-menu-command';
export const menuCommands = ['print', 'newCall', 'newSlip', 'customerSearch', 'shortcutHelp'] as const;
export type MenuCommand = (typeof menuCommands)[number];
