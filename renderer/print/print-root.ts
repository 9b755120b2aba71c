/**
 * The element, outside the app's #root, that holds the unscaled pages while a print preview is open.
 * On screen it is hidden; the browser's print CSS hides everything else, so `window.print()` prints
 * exactly the previewed pages.
 */
export const printRootId = 'print-root';

export function getPrintRoot(doc: Document = document): HTMLElement {
  let root = doc.getElementById(printRootId);
  if (!root) {
    root = doc.createElement('div');
    root.id = printRootId;
    doc.body.appendChild(root);
  }
  return root;
}

export function hasPrintablePages(doc: Document = document): boolean {
  return (doc.getElementById(printRootId)?.childElementCount ?? 0) > 0;
}
