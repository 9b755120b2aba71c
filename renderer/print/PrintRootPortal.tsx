import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { PageSize } from '@shared/ipc';
import { browserPrintCss } from './print-css';
import { getPrintRoot } from './print-root';

/**
 * Puts the unscaled pages into #print-root (outside the app root and the dialog) together with the
 * print CSS, so that the browser's print — window.print() or "Save as PDF" — shows only them.
 */
export function PrintRootPortal({ pageSize, children }: { pageSize: PageSize; children: ReactNode }) {
  const [root] = useState(() => getPrintRoot());
  return createPortal(
    <>
      <style>{browserPrintCss(pageSize)}</style>
      {children}
    </>,
    root,
  );
}
