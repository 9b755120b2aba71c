import { useState } from 'react';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import PrintIcon from '@mui/icons-material/Print';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useCan } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { useT } from '../../../i18n/context';
import { getPlatform } from '../../../platform';
import { PrintPreviewDialog } from '../../../print/PrintPreviewDialog';
import type { PrintPreviewSource } from '../../../print/print-source';
import { exportTable, type ExportTable } from './table-export';
import type { PrintTable } from '../../../print/table-layout';
import { tablePrintSource } from '../../../print/table-print';

interface Props {
  printLabel: string;
  exportLabel: string;
  /** Made when the button is pressed, so the report shows the list as it is at that moment. */
  makePrint: () => Made;
  makeExport: () => ExportTable;
  onNotice: (notice: Notice) => void;
  disabled?: boolean;
}

type Made = PrintTable | readonly [PrintTable, ...PrintTable[]];

const isList = (made: Made): made is readonly [PrintTable, ...PrintTable[]] => Array.isArray(made);

function printSourceOf(made: Made): PrintPreviewSource {
  if (!isList(made)) return tablePrintSource(made);
  const [first, ...rest] = made;
  return tablePrintSource(first, ...rest);
}

/** 打印 (the in-app A4 preview) and 导出 Excel for one list. */
export function ReportButtons({ printLabel, exportLabel, makePrint, makeExport, onNotice, disabled = false }: Props) {
  const t = useT();
  const mayExport = useCan('export');
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  const [exporting, setExporting] = useState(false);

  const runExport = async () => {
    setExporting(true);
    try {
      const result = await exportTable(makeExport(), getPlatform());
      onNotice(result.status === 'written' ? { severity: 'success', text: t('stockui.exported', { location: result.location }) } : { severity: 'info', text: t('export.cancelled') });
    } catch (e) {
      onNotice({ severity: 'error', text: t('export.failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      <Button variant="outlined" size="small" startIcon={<PrintIcon />} disabled={disabled} onClick={() => setDoc(printSourceOf(makePrint()))}>
        {printLabel}
      </Button>
      {mayExport && (
        <Button variant="outlined" size="small" startIcon={<FileDownloadIcon />} disabled={disabled || exporting} onClick={() => void runExport()}>
          {exportLabel}
        </Button>
      )}
      <PrintPreviewDialog open={doc !== null} doc={doc} onClose={() => setDoc(null)} />
    </Stack>
  );
}
