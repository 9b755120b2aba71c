/**
 * The one typed IPC contract between the renderer and the main process.
 * Channel → argument schema (zod, validated in main) and result type.
 * Only plain data crosses; failures come back as `{ code, message }`.
 */
import { z } from 'zod';
import { dataKeyBytes, deviceSlotSchema, type DeviceSlot, type DeviceUnwrap } from './backup/sealed-layout';
import { isAllowedTrackingUrl } from './shipping/carriers';

export const pageSizeSchema = z.object({
  widthMm: z.number().positive().max(2000),
  heightMm: z.number().positive().max(5000),
});
export type PageSize = z.infer<typeof pageSizeSchema>;

const bytesSchema = z.instanceof(Uint8Array);
/** Windows device names that cannot be used as file names, with or without an extension. */
const reservedWindowsName = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A bare file name: no path separators, no Windows-reserved characters or device names, no trailing
 * dot or space (Windows silently strips them, so the written name would differ; this also refuses `.`/`..`).
 */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|]+$/, '文件名不能包含路径分隔符或保留字符')
  .refine((name) => ![...name].some((ch) => ch.charCodeAt(0) < 0x20), '文件名不能包含控制字符')
  .refine((name) => !/[. ]$/.test(name), '文件名不能以点或空格结尾')
  .refine((name) => !reservedWindowsName.test(name), '文件名是 Windows 保留名称');

/** Backup files end in `.shbk`, e.g. `售后服务中心-备份-2026-11-27-0830.shbk`. */
export const backupExtension = 'shbk';
export const backupFileNameSchema = fileNameSchema.refine(
  (name) => name.toLowerCase().endsWith(`.${backupExtension}`),
  `备份文件名必须以 .${backupExtension} 结尾`,
);

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
    args: z.object({ fileName: fileNameSchema, bytes: bytesSchema }).strict(),
    result: {} as { path: string } | null,
  },
  'file/save-as': {
    args: z
      .object({
        defaultName: fileNameSchema,
        bytes: bytesSchema,
        filterName: z.string().min(1).max(60),
        extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).min(1).max(5),
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

export type IpcErrorCode = 'BAD_ARGS' | 'FORBIDDEN' | 'FAILED' | 'CANCELLED';
export interface IpcError {
  code: IpcErrorCode;
  message: string;
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
