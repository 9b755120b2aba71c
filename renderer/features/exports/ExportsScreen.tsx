import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import { ExportRegistryGrid } from './ExportRegistryGrid';
import { useExportRecords } from './use-export-records';

/** 导出: the registry of every Excel file written (REC-2), with the checksum to verify a file later. */
export function ExportsScreen() {
  const t = useT();
  const records = useExportRecords();
  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('nav.exports')}>
      <Typography variant="h2" component="h1">
        {t('nav.exports')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('exports.intro')}
      </Typography>
      <Box sx={{ flexGrow: 1, minHeight: 300 }}>
        <ExportRegistryGrid records={records} />
      </Box>
    </Stack>
  );
}
