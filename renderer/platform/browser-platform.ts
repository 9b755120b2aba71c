/**
 * The platform in a plain browser (`npm run web`, the E2E suite): files become downloads, printing
 * goes through `window.print()`, and there is no export folder or direct PDF.
 */
import { hasPrintablePages } from '../print/print-root';
import { plainBytes } from './bytes';
import { downloadBytes } from './download';
import type { Platform, PrintDocument } from './platform';

const downloaded = { location: 'download' } as const;

/** Prints a document that is not on screen through a hidden frame holding its standalone HTML. */
function printInFrame(doc: PrintDocument): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    frame.title = doc.title;
    frame.addEventListener('load', () => {
      frame.contentWindow?.print();
      frame.remove();
      resolve();
    });
    frame.srcdoc = doc.html;
    document.body.appendChild(frame);
  });
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    async writeExport(fileName, bytes) {
      downloadBytes(fileName, plainBytes(bytes));
      return downloaded;
    },
    async saveFile(defaultName, bytes) {
      downloadBytes(defaultName, plainBytes(bytes));
      return downloaded;
    },
    async print(doc) {
      // The open preview has put the pages in #print-root; the print CSS shows only them.
      if (hasPrintablePages()) window.print();
      else await printInFrame(doc);
    },
    async printToPdf() {
      return null;
    },
    async exportFolder() {
      return null;
    },
    async chooseExportFolder() {
      return null;
    },
  };
}
