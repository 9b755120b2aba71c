import type { SheetDocument } from '@shared/print/sheet';
import { SheetView } from './SheetView';

/** All sheets of a document, in order; the same markup is previewed, printed and turned into PDF. */
export function SheetPages({ document }: { document: SheetDocument }) {
  return (
    <>
      {document.sheets.map((sheet, i) => (
        <SheetView key={i} sheet={sheet} pageSize={document.pageSize} />
      ))}
    </>
  );
}
