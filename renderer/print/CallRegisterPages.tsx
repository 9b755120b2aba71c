import type { CallRegisterModel } from '@shared/print/call-register';
import { callRegisterSheets } from '@shared/print/call-register-sheet';
import { SheetPages } from './SheetPages';

/** The call register (电话记录表) as A4 sheets. */
export function CallRegisterPages({ model }: { model: CallRegisterModel }) {
  return <SheetPages document={callRegisterSheets(model)} />;
}
