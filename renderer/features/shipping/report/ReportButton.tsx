import { useState } from 'react';
import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import { PrintPreviewDialog } from '../../../print/PrintPreviewDialog';
import type { PrintPreviewSource } from '../../../print/print-source';
import type { PrintTable } from '../../../print/table-layout';
import { tablePrintSource } from '../../../print/table-print';

interface Props {
  label: string;
  /** Made when pressed, so the paper shows the data as it is at that moment. */
  make: () => [PrintTable, ...PrintTable[]];
  disabled?: boolean;
  onPrinted?: () => void;
}

/** 打印 a plain A4 report through the in-app preview. */
export function ReportButton({ label, make, disabled = false, onPrinted }: Props) {
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  return (
    <>
      <Button variant="outlined" startIcon={<PrintIcon />} disabled={disabled} onClick={() => setDoc(tablePrintSource(...make()))}>
        {label}
      </Button>
      <PrintPreviewDialog open={doc !== null} doc={doc} onClose={() => setDoc(null)} {...(onPrinted ? { onPrinted } : {})} />
    </>
  );
}
