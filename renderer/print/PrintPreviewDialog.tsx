import { useId, useMemo, useState, type ReactElement } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import { translate, type Translate } from '@shared/i18n';
import { getPlatform, type Platform } from '../platform';
import { PagerControls } from './PagerControls';
import { PreviewToolbar } from './PreviewToolbar';
import { PrinterControls } from './PrinterControls';
import { PrintRootPortal } from './PrintRootPortal';
import { sheetClass, sheetCss } from './print-css';
import type { PrintPreviewSource } from './print-source';
import { useChunkedCount } from './use-chunked-count';
import { useMenuPrint } from './use-menu-print';
import { usePageKeys } from './use-page-keys';
import { usePrintActions, type Notice, type PrintedJob } from './use-print-actions';
import { usePrinters } from './use-printers';
import { defaultZoom } from './zoom';

export type { PrintedJob } from './use-print-actions';

export interface PrintPreviewDialogProps {
  open: boolean;
  onClose: () => void;
  doc: PrintPreviewSource | null;
  /** Defaults to the running platform; tests pass their own. */
  platform?: Platform;
  /** Called only when the platform accepted the job: the moment to mark records printed. */
  onPrinted?: (job: PrintedJob) => void;
  /** The user picked another printer (null = the system dialog): a caller may swap in that printer's profile. */
  onPrinterChange?: (printerName: string | null) => void;
}

/** Pages added to the hidden print root per task (browser printing). */
const rootChunk = 20;

const pagesBackground = {
  flex: 1,
  overflow: 'auto',
  bgcolor: 'grey.600',
  py: 3,
  [`& .${sheetClass}`]: { mx: 'auto', mb: 3, boxShadow: 4 },
} as const;

/** The in-app print preview (打印预览): one page at a time at a chosen zoom, then print or save as PDF. */
export function PrintPreviewDialog({ doc, ...rest }: PrintPreviewDialogProps) {
  return doc ? <PreviewDialog doc={doc} {...rest} /> : null;
}

function NoticeBar({ notice, t, onClose }: { notice: Notice | null; t: Translate; onClose: () => void }) {
  const retry = notice?.retry;
  return (
    <Snackbar open={notice !== null} autoHideDuration={notice?.severity === 'error' ? null : 6000} onClose={onClose}>
      {notice ? (
        <Alert
          severity={notice.severity}
          onClose={onClose}
          action={retry && <Button color="inherit" size="small" onClick={() => (onClose(), retry())}>{t('print.preview.retry')}</Button>}
        >
          {notice.text}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}

function Preparing({ t, done, total }: { t: Translate; done: number; total: number }) {
  return (
    <Box sx={{ px: 2, py: 0.5 }}>
      <LinearProgress variant="determinate" value={(100 * done) / Math.max(1, total)} />
      <Typography variant="caption">{t('print.preview.preparing', { done, total })}</Typography>
    </Box>
  );
}

/**
 * Every page for the browser's print (#print-root), added a chunk at a time. Pages already there are
 * not drawn again: the source keeps each sheet and SheetView is memoised on it.
 */
function usePrintRootPages(doc: PrintPreviewSource, enabled: boolean): { pages: ReactElement[]; ready: boolean } {
  const count = useChunkedCount(doc, doc.pageCount, rootChunk, enabled);
  const pages = useMemo(() => Array.from({ length: count }, (_, i) => doc.renderPage(i)), [doc, count]);
  return { pages, ready: !enabled || count >= doc.pageCount };
}

function usePrinterChoice(doc: PrintPreviewSource, platform: Platform, open: boolean, onChange?: (name: string | null) => void) {
  const printers = usePrinters(platform, open);
  const [chosen, setChosen] = useState<string | null>(doc.printerName ?? null);
  const [copies, setCopies] = useState(1);
  const listed = (name: string | null | undefined) => name != null && printers.some((p) => p.name === name);
  const missing = doc.printerName && printers.length > 0 && !listed(doc.printerName) ? doc.printerName : null;
  const choose = (name: string | null) => {
    setChosen(name);
    onChange?.(name);
  };
  return { printers, printerName: listed(chosen) ? chosen : null, choose, copies, setCopies, missing };
}

function PreviewDialog({ open, onClose, doc, platform: given, onPrinted, onPrinterChange }: PrintPreviewDialogProps & { doc: PrintPreviewSource }) {
  const platform = given ?? getPlatform();
  const [zoom, setZoom] = useState(defaultZoom);
  const [pageWanted, setPage] = useState(0);
  const [showBackground, setShowBackground] = useState(true);
  const titleId = useId();
  const t: Translate = (key, params) => translate(doc.lang, key, params);
  const page = Math.max(0, Math.min(pageWanted, doc.pageCount - 1));
  const shown = useMemo(() => (doc.pageCount > 0 ? doc.renderPage(page, { showBackground }) : null), [doc, page, showBackground]);
  const printer = usePrinterChoice(doc, platform, open, onPrinterChange);
  const root = usePrintRootPages(doc, open && platform.kind === 'browser');
  const actions = usePrintActions(doc, platform, t, onPrinted);
  const busy = actions.busy || !root.ready;
  const print = () => actions.print({ printerName: printer.printerName, copies: printer.copies });
  useMenuPrint(open && !busy, print);

  usePageKeys(open, (step) => setPage(Math.max(0, Math.min(doc.pageCount - 1, page + step))));
  const progress = actions.progress ?? (root.ready ? null : { done: root.pages.length, total: doc.pageCount });

  return (
    <Dialog fullScreen open={open} onClose={onClose} aria-labelledby={titleId}>
      <PreviewToolbar
        t={t} titleId={titleId} title={doc.title} zoom={zoom} onZoom={setZoom}
        background={doc.hasBackground ? { shown: showBackground, onChange: setShowBackground } : null}
        busy={busy} onPrint={print} onSavePdf={actions.savePdf} onClose={onClose}
        pager={<PagerControls t={t} page={page} pageCount={doc.pageCount} onPage={setPage} />}
        printer={
          printer.printers.length > 0 && (
            <PrinterControls
              t={t} printers={printer.printers} printerName={printer.printerName} onPrinter={printer.choose}
              copies={printer.copies} onCopies={printer.setCopies} disabled={actions.busy}
            />
          )
        }
      />
      {progress && <Preparing t={t} done={progress.done} total={progress.total} />}
      {printer.missing && <Alert severity="warning">{t('print.preview.printerMissing', { name: printer.missing })}</Alert>}
      <Box sx={pagesBackground} role="region" aria-label={t('print.preview.pages')}>
        <style>{sheetCss(doc.pageSize)}</style>
        <Box sx={{ zoom: zoom / 100 }}>{shown}</Box>
      </Box>
      {open && root.pages.length > 0 && <PrintRootPortal pageSize={doc.pageSize}>{root.pages}</PrintRootPortal>}
      <NoticeBar notice={actions.notice} t={t} onClose={actions.clearNotice} />
    </Dialog>
  );
}
