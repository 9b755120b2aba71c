import { useRef } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ImportKind } from '@shared/import/fields';
import { useLang, useT } from '../../i18n/context';
import { getPlatform } from '../../platform';
import { importStatus } from './import-view';
import { MappingTable } from './MappingTable';
import { ReportTable } from './ReportTable';
import { useImport } from './use-import';

/** What the file picker offers: the kinds the import reads (checked again by the file's bytes). */
const acceptedFiles = '.xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';

interface Props {
  kind: ImportKind;
  title: string;
  /** The template's file name, without extension. */
  templateName: string;
  onClose: () => void;
  onImported: (count: number) => void;
}

/**
 * 从 Excel 导入: pick an .xlsx (or .xls, .csv), check the column mapping, read the row-by-row report; nothing is written
 * until 确认导入, and then all rows in one transaction or none.
 */
export function ImportDialog({ kind, title, templateName, onClose, onImported }: Props) {
  const t = useT();
  const [lang] = useLang();
  const input = useRef<HTMLInputElement>(null);
  const state = useImport(kind);
  const { preview, progress } = state;
  const writing = progress !== null;
  const status = preview && importStatus(t, { canImport: preview.canImport, validCount: preview.result.valid.length, problemCount: preview.result.report.length });

  const downloadTemplate = async () => {
    const { importTemplateBytes } = await import('../../db/import-xlsx');
    const name = `${templateName}.xlsx`;
    await getPlatform().saveFile(name, importTemplateBytes(kind, lang), 'Excel', ['xlsx']);
  };
  const confirm = async () => {
    const written = await state.commit();
    if (written !== undefined) {
      onImported(written);
      onClose();
    }
  };

  return (
    <Dialog open onClose={writing ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <Button variant="contained" startIcon={<UploadFileIcon />} disabled={writing} onClick={() => input.current?.click()}>
              {t('import.pickFile')}
            </Button>
            <input ref={input} type="file" hidden accept={acceptedFiles} aria-label={t('import.pickFile')}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void state.pickFile(file);
              }}
            />
            <Button startIcon={<DownloadIcon />} onClick={() => void downloadTemplate()}>
              {t('import.downloadTemplate')}
            </Button>
            <Box sx={{ flexGrow: 1 }} />
            {state.fileName && preview && (
              <Typography variant="body2" color="text.secondary">
                {t('import.file', { name: state.fileName, rows: preview.rowCount })}
              </Typography>
            )}
          </Stack>
          {state.failure && <Alert severity="error">{state.failure}</Alert>}
          {status && <Alert severity={status.ok ? 'success' : 'warning'} role="status">{status.text}</Alert>}
          {writing && (
            <Box role="status" aria-live="polite">
              <Typography variant="body2">{t('import.progress', progress)}</Typography>
              <LinearProgress variant="determinate" value={(100 * progress.done) / Math.max(1, progress.total)} />
            </Box>
          )}
          {preview && (
            <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(280px, 1fr) 1.4fr', gap: 2, alignItems: 'start' }}>
              <Stack spacing={1}>
                <Typography variant="subtitle2">{t('import.mappingTitle')}</Typography>
                <MappingTable kind={kind} headers={preview.headers} mapping={preview.mapping} onChange={(m) => void state.setMapping(m)} disabled={writing} />
              </Stack>
              {preview.result.report.length > 0 && (
                <Stack spacing={1}>
                  <Typography variant="subtitle2">{t('import.reportTitle')}</Typography>
                  <ReportTable kind={kind} report={preview.result.report} />
                </Stack>
              )}
            </Box>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={writing}>
          {t('action.cancel')}
        </Button>
        <Button variant="contained" disabled={!preview?.canImport || writing} onClick={() => void confirm()}>
          {t('import.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
