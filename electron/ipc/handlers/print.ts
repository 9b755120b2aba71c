import type { PrintService } from '../../print';
import type { Handlers } from '../register';

export function printHandlers<E>(printer: PrintService): Pick<Handlers<E>, 'print/print' | 'print/pdf' | 'print/printers'> {
  return {
    'print/print': (args) => printer.print(args),
    'print/pdf': async (args) => ({ bytes: await printer.pdf(args) }),
    'print/printers': async () => ({ printers: await printer.printers() }),
  };
}
