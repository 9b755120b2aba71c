import { useState, useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useT } from '../../i18n/context';
import { DueExportsPanel } from './DueExportsPanel';
import { ExportForm } from './ExportForm';
import { ExportProgressBar } from './ExportProgressBar';
import { ExportRegistryGrid } from './ExportRegistryGrid';
import { exportsTabs, hashForTab, tabFromHash, type ExportsTab } from './exports-tabs';
import { RemovalSection } from './RemovalSection';
import { ScheduleSection } from './ScheduleSection';
import { useExportRecords } from './use-export-records';
import { useExportRun } from './use-export-run';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * 导出: Excel exports of the records (REC-2) and their registry with each file's SHA-256, the periodic
 * export (what is due, one click to export it all) and 到期待清理 (REC-1).
 */
export function ExportsScreen() {
  const t = useT();
  const tab = useSyncExternalStore(subscribe, () => tabFromHash(window.location.hash));
  const records = useExportRecords();
  const run = useExportRun();
  const [notice, setNotice] = useState<Notice | null>(null);
  const busy = run.progress !== null;
  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('nav.exports')}>
      <Typography variant="h2" component="h1">
        {t('nav.exports')}
      </Typography>
      <DueExportsPanel busy={busy} onExportDue={() => void run.exportDue().then(setNotice)} />
      <ExportProgressBar progress={run.progress} />
      <Tabs value={tab} onChange={(_e, v: ExportsTab) => (window.location.hash = hashForTab(v))} aria-label={t('expui.tabs')} sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}>
        {exportsTabs.map((id) => (
          <Tab key={id} value={id} label={t(`expui.tab.${id}`)} sx={{ minHeight: 40 }} />
        ))}
      </Tabs>
      <Box role="tabpanel" aria-label={t(`expui.tab.${tab}`)} sx={{ flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {tab === 'export' && (
          <>
            <ExportForm busy={busy} onExport={(kinds, range) => void run.exportRange(kinds, range).then(setNotice)} />
            <Typography variant="body2" color="text.secondary">
              {t('exports.intro')}
            </Typography>
            <Box sx={{ flexGrow: 1, minHeight: 300 }}>
              <ExportRegistryGrid records={records} />
            </Box>
          </>
        )}
        {tab === 'schedule' && <ScheduleSection onNotice={setNotice} />}
        {tab === 'removal' && <RemovalSection onNotice={setNotice} />}
      </Box>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
