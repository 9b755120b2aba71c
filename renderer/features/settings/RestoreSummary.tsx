import dayjs from 'dayjs';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { BackupManifest } from '@shared/backup/manifest';
import { schemaVersion } from '../../db/db';
import { useT } from '../../i18n/context';
import { restoreSummary } from './restore-summary';

/** What a checked backup file holds: when and where it was made, and its rows per table. */
export function RestoreSummary({ fileName, manifest }: { fileName: string; manifest: BackupManifest }) {
  const t = useT();
  const { rows, total } = restoreSummary(t, manifest);
  const facts: [string, string][] = [
    [t('backup.summary.createdAt'), dayjs(manifest.createdAt).format('YYYY-MM-DD HH:mm:ss')],
    [t('backup.summary.appVersion'), manifest.appVersion],
    [t('backup.summary.pcName'), manifest.pcName],
    [t('backup.summary.schemaVersion'), String(manifest.schemaVersion)],
  ];
  return (
    <Stack spacing={1.5}>
      <Typography sx={{ wordBreak: 'break-all' }}>{t('restore.file', { file: fileName })}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.25, m: 0 }}>
        {facts.map(([label, value]) => (
          <Fact key={label} label={label} value={value} />
        ))}
      </Box>
      {manifest.schemaVersion < schemaVersion && <Alert severity="info">{t('backup.summary.olderSchema')}</Alert>}
      <Table size="small" aria-label={t('backup.summary.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('backup.summary.table')}</TableCell>
            <TableCell align="right">{t('backup.summary.rows')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.table}>
              <TableCell>{r.label}</TableCell>
              <TableCell align="right">{r.rows}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 600 }}>{t('backup.summary.total')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              {total}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {value || '—'}
      </Typography>
    </>
  );
}
