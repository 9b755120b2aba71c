/**
 * Which file names the app writes. A name reaches the main process from the renderer, so it is
 * checked there as if anyone had chosen it: an export must not become `evil.exe`, `x.lnk`, `x.hta`,
 * a name that reads `…xlsx` through a right-to-left override, or a Windows device such as `CONOUT$`.
 */

import type { StringKey, Translate } from './i18n';

export const fileNameProblems = [
  'empty',
  'tooLong',
  'reservedCharacter',
  'controlCharacter',
  'bidiControl',
  'trailingDotOrSpace',
  'deviceName',
  'extension',
] as const;
export type FileNameProblem = (typeof fileNameProblems)[number];

/** Excel exports (导出) are `.xlsx`, nothing else. */
export const exportExtensions = ['xlsx'] as const;
/** 另存为: a PDF of a printed form, an Excel file, a template (JSON) or a backup. */
export const saveAsExtensions = ['pdf', 'xlsx', 'json', 'shbk'] as const;

export const maxFileNameLength = 200;

/**
 * Windows device names, which open the device instead of a file whatever extension follows
 * (`NUL.xlsx`, `con.tar.gz`), including the superscript-digit ports and the console handles.
 */
const deviceName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Characters Windows refuses in a name, and the path separators. */
const reservedCharacter = /[\\/:*?"<>|]/;

/**
 * Characters that change how the rest of the name is displayed: embeddings, overrides, isolates and
 * marks (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C). `report\u202Exslx.exe` shows as `reportexe.xlsx`.
 */
const bidiControl = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** Control characters (C0, DEL, C1), other invisible format characters, lone surrogates, line separators. */
const controlCharacter = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

/** The extension after the last dot, lower-cased; '' when there is none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function isDeviceName(name: string): boolean {
  // Windows compares the part before the first dot, ignoring trailing spaces ("NUL .txt" is NUL).
  const stem = name.split('.')[0]?.replace(/ +$/, '') ?? '';
  return deviceName.test(stem);
}

/**
 * What is wrong with a bare file name, or null when the app may write it. With `allowed`, the
 * extension must be one of them (compared without case).
 */
export function fileNameProblem(name: string, allowed?: readonly string[]): FileNameProblem | null {
  if (name.length === 0) return 'empty';
  // The length check on UTF-16 units first: a huge string is refused without splitting it.
  if (name.length > maxFileNameLength * 2 || [...name].length > maxFileNameLength) return 'tooLong';
  if (bidiControl.test(name)) return 'bidiControl';
  if (controlCharacter.test(name)) return 'controlCharacter';
  if (reservedCharacter.test(name)) return 'reservedCharacter';
  // Windows strips these, so the file written would have another name (this also refuses `.` and `..`).
  if (/[. ]$/.test(name)) return 'trailingDotOrSpace';
  if (isDeviceName(name)) return 'deviceName';
  // `.xlsx` alone has no extension by this rule (the dot starts a hidden name), so it is refused here too.
  if (allowed !== undefined && !allowed.includes(fileExtension(name))) return 'extension';
  return null;
}

/**
 * A name made from text someone typed (a template's name, a form's title) that `fileNameProblem`
 * accepts: reserved characters become `_`, invisible and control characters go, a device name gets
 * a `_`, trailing dots and spaces are dropped. `fallback` when nothing is left.
 */
export function safeFileStem(text: string, fallback: string): string {
  const cleaned = [...text.replace(new RegExp(reservedCharacter, 'g'), '_')]
    .filter((ch) => !bidiControl.test(ch) && !controlCharacter.test(ch))
    .slice(0, maxFileNameLength - 10)
    .join('')
    .replace(/[. ]+$/, '');
  if (cleaned === '') return fallback;
  // `CON.报表` → `CON_.报表`: the device name is the part before the first dot.
  return isDeviceName(cleaned) ? cleaned.replace(/^([^.]*?) *(?=\.|$)/, '$1_') : cleaned;
}

/** The dictionary key that words a problem (`{allowed}` is filled with the allowed extensions). */
export const fileNameProblemKeys = {
  empty: 'files.error.empty',
  tooLong: 'files.error.tooLong',
  reservedCharacter: 'files.error.reservedCharacter',
  controlCharacter: 'files.error.controlCharacter',
  bidiControl: 'files.error.bidiControl',
  trailingDotOrSpace: 'files.error.trailingDotOrSpace',
  deviceName: 'files.error.deviceName',
  extension: 'files.error.extension',
} as const satisfies Record<FileNameProblem, StringKey>;

/** A refused name in the user's words: `.pdf / .xlsx` for the allowed extensions. */
export function fileNameProblemText(t: Translate, problem: FileNameProblem, allowed: readonly string[]): string {
  return t(fileNameProblemKeys[problem], { allowed: allowed.map((e) => `.${e}`).join(' / ') });
}
