import { useEffect, useState } from 'react';
import type { Platform, PrinterInfo } from '../platform/platform';

/** The installed printers while `active` (Electron); [] where the platform cannot list them or fails to. */
export function usePrinters(platform: Platform, active: boolean): PrinterInfo[] {
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    platform.listPrinters().then(
      (list) => live && setPrinters(list),
      () => live && setPrinters([]),
    );
    return () => {
      live = false;
    };
  }, [platform, active]);
  return printers;
}
