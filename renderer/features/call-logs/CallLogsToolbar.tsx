import AddIcon from '@mui/icons-material/Add';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import { CallRangeFilter } from './CallRangeFilter';
import type { DayRange } from './date-range';

interface Props {
  range: DayRange;
  onRangeChange: (range: DayRange) => void;
  onNew: () => void;
  onPrintPreview: () => void;
  onExport: () => void;
  /** Print and export need a valid range; export also waits for a running export. */
  canPrint: boolean;
  canExport: boolean;
}

export function CallLogsToolbar(p: Props) {
  const t = useT();
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <Typography variant="h2" component="h1" sx={{ pt: 0.75 }}>
        {t('nav.calls')}
      </Typography>
      <Button variant="contained" startIcon={<AddIcon />} onClick={p.onNew} sx={{ mt: 0.25 }} autoFocus>
        {t('calls.new')}
      </Button>
      <Box sx={{ flexGrow: 1 }} />
      <CallRangeFilter range={p.range} onChange={p.onRangeChange} />
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={p.onPrintPreview} disabled={!p.canPrint} sx={{ mt: 0.25 }}>
        {t('action.printPreview')}
      </Button>
      <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={p.onExport} disabled={!p.canExport} sx={{ mt: 0.25 }}>
        {t('action.export')}
      </Button>
    </Stack>
  );
}
