import { useId, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import Snackbar from '@mui/material/Snackbar';
import { translate, type Translate } from '@shared/i18n';
import { getPlatform, type Platform } from '../platform';
import { PreviewToolbar } from './PreviewToolbar';
import { PrintRootPortal } from './PrintRootPortal';
import { printSource, saveSourceAsPdf } from './print-actions';
import { sheetClass } from './print-css';
import type { PrintPreviewSource } from './print-source';
import { useMenuPrint } from './use-menu-print';
import { defaultZoom } from './zoom';

export interface PrintPreviewDialogProps {
  open: boolean;
  onClose: () => void;
  doc: PrintPreviewSource | null;
  /** Defaults to the running platform; tests pass their own. */
  platform?: Platform;
}

type Notice = { severity: 'success' | 'error'; text: string } | null;

const pagesBackground = {
  flex: 1,
  overflow: 'auto',
  bgcolor: 'grey.600',
  py: 3,
  [`& .${sheetClass}`]: { mx: 'auto', mb: 3, boxShadow: 4 },
} as const;

/** The in-app print preview (打印预览): pages at a chosen zoom, then print or save as PDF. */
export function PrintPreviewDialog({ doc, ...rest }: PrintPreviewDialogProps) {
  return doc ? <PreviewDialog doc={doc} {...rest} /> : null;
}

/** Runs a print action with the buttons disabled, turning its outcome or failure into a notice. */
function usePrintActions(doc: PrintPreviewSource, platform: Platform, t: Translate) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const run = async (action: () => Promise<Notice>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (err) {
      setNotice({ severity: 'error', text: t('print.preview.failed', { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  };
  const print = () => run(async () => (await printSource(platform, doc), null));
  const savePdf = () =>
    run(async () => {
      const outcome = await saveSourceAsPdf(platform, doc);
      return outcome.status === 'saved' ? { severity: 'success', text: t('print.preview.pdfSaved', { location: outcome.location }) } : null;
    });
  return { busy, notice, clearNotice: () => setNotice(null), print, savePdf };
}

function PreviewDialog({ open, onClose, doc, platform }: PrintPreviewDialogProps & { doc: PrintPreviewSource }) {
  const [zoom, setZoom] = useState(defaultZoom);
  const titleId = useId();
  const pages = useMemo(() => doc.render(), [doc]);
  const t: Translate = (key, params) => translate(doc.lang, key, params);
  const actions = usePrintActions(doc, platform ?? getPlatform(), t);
  useMenuPrint(open && !actions.busy, () => void actions.print());

  return (
    <Dialog fullScreen open={open} onClose={onClose} aria-labelledby={titleId}>
      <PreviewToolbar
        t={t} titleId={titleId} title={doc.title} pageCount={doc.pageCount} zoom={zoom} onZoom={setZoom}
        busy={actions.busy} onPrint={() => void actions.print()} onSavePdf={() => void actions.savePdf()} onClose={onClose}
      />
      <Box sx={pagesBackground} role="region" aria-label={t('print.preview.pages')}>
        <Box sx={{ zoom: zoom / 100 }}>{pages}</Box>
      </Box>
      {open && <PrintRootPortal pageSize={doc.pageSize}>{pages}</PrintRootPortal>}
      <Snackbar open={actions.notice !== null} autoHideDuration={6000} onClose={actions.clearNotice}>
        {actions.notice ? (
          <Alert severity={actions.notice.severity} onClose={actions.clearNotice}>
            {actions.notice.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </Dialog>
  );
}
