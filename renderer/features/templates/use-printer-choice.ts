import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { neutralProfile, type PrinterProfile } from '@shared/templates/calibration';
import { getDb } from '../../db/db';
import { getProfile, rememberedPrinter, rememberPrinter, systemDialogPrinter } from '../../db/print-profiles-repo';
import { getPlatform } from '../../platform';
import type { PrinterInfo } from '../../platform/platform';

export interface PrinterChoice {
  /** The installed printers; [] in browser mode; undefined while loading. */
  printers: PrinterInfo[] | undefined;
  isBrowser: boolean;
  /** The printer this template prints on ('' = the system dialog). */
  printerName: string;
  choose: (printerName: string) => void;
  /** That printer's profile for this template (neutral when none saved). */
  profile: PrinterProfile;
}

/** The remembered printer, else the system default, else the dialog; a remembered printer since removed falls back too. */
export function effectivePrinter(remembered: string | null | undefined, printers: readonly PrinterInfo[]): string {
  if (remembered !== null && remembered !== undefined && (remembered === systemDialogPrinter || printers.some((p) => p.name === remembered))) {
    return remembered;
  }
  return printers.find((p) => p.isDefault)?.name ?? printers[0]?.name ?? systemDialogPrinter;
}

/** The printer a template prints on, and its calibration profile. */
export function usePrinterChoice(templateId: string): PrinterChoice {
  const [printers, setPrinters] = useState<PrinterInfo[] | undefined>(undefined);
  const platform = getPlatform();
  useEffect(() => {
    let live = true;
    platform.listPrinters().then(
      (list) => live && setPrinters(list),
      () => live && setPrinters([]),
    );
    return () => {
      live = false;
    };
  }, [platform]);
  const remembered = useLiveQuery(() => rememberedPrinter(getDb(), templateId), [templateId]);
  const printerName = effectivePrinter(remembered, printers ?? []);
  const profile = useLiveQuery(() => getProfile(getDb(), printerName, templateId), [printerName, templateId]);
  return {
    printers,
    isBrowser: platform.kind === 'browser',
    printerName,
    choose: (name) => void rememberPrinter(getDb(), templateId, name),
    profile: profile ?? neutralProfile,
  };
}
