/** A Platform for tests of the print path: every call recorded, printing and PDFs answered as told. */
import { vi } from 'vitest';
import type { Platform, PrinterInfo, PrintOutcome } from '../platform/platform';

export interface FakePlatformAnswers {
  kind?: Platform['kind'];
  pdf?: Uint8Array | null;
  saved?: { location: string } | null;
  printers?: PrinterInfo[];
  /** The print outcome, or an error the job fails with (the driver's reason). */
  print?: PrintOutcome | Error;
}

export function fakePlatform(answers: FakePlatformAnswers = {}) {
  const { kind = 'electron', pdf = null, saved = null, printers = [], print = { printed: true } } = answers;
  return {
    kind,
    writeExport: vi.fn<Platform['writeExport']>(async () => null),
    saveFile: vi.fn<Platform['saveFile']>(async () => saved),
    print: vi.fn<Platform['print']>(async () => {
      if (print instanceof Error) throw print;
      return print;
    }),
    printToPdf: vi.fn<Platform['printToPdf']>(async () => pdf),
    exportFolder: vi.fn<Platform['exportFolder']>(async () => null),
    chooseExportFolder: vi.fn<Platform['chooseExportFolder']>(async () => null),
    listPrinters: vi.fn<Platform['listPrinters']>(async () => printers),
    writeAutoBackup: vi.fn<Platform['writeAutoBackup']>(async () => null),
    openBackupFile: vi.fn<Platform['openBackupFile']>(async () => null),
    backupDeviceKeys: vi.fn<Platform['backupDeviceKeys']>(() => null),
    appVersion: vi.fn<Platform['appVersion']>(async () => '0.0.0'),
    pcName: vi.fn<Platform['pcName']>(async () => 'TEST-PC'),
    backupFolders: vi.fn<Platform['backupFolders']>(async () => null),
    chooseBackupSecondFolder: vi.fn<Platform['chooseBackupSecondFolder']>(async () => null),
    clearBackupSecondFolder: vi.fn<Platform['clearBackupSecondFolder']>(async () => {}),
    openExternal: vi.fn<Platform['openExternal']>(async () => undefined),
    versionChange: vi.fn<Platform['versionChange']>(async () => null),
    markVersionStarted: vi.fn<Platform['markVersionStarted']>(async () => null),
    freeDiskSpace: vi.fn<Platform['freeDiskSpace']>(async () => null),
  } satisfies Platform;
}
