import { useEffect } from 'react';
import Box from '@mui/material/Box';
import { BackupStatusBanner } from '../components/BackupStatusBanner';
import { StorageWarning } from '../components/StorageWarning';
import { StockAlertBanner } from '../features/stock';
import { MajorIncidentBanner } from '../features/service';
import { ExportDueBanner } from '../features/exports';
import { getDb } from '../db/db';
import { getPlatform } from '../platform';
import { runDailyBackupOnce } from './app-backups';
import { useRoute } from './router';
import { Screen } from './Screen';
import { ShortcutsAndHelp } from './ShortcutHelp';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

/**
 * Title bar on top (with the backup warning under it), modules on the left, the current module's
 * screen filling the rest. Mounted only for a signed-in person.
 */
export function AppShell() {
  const route = useRoute();
  // The daily automatic backup: once per start, after the first sign-in (Electron only).
  useEffect(() => void runDailyBackupOnce(getDb(), getPlatform()), []);
  return (
    <Box sx={{ display: 'grid', gridTemplateRows: 'auto auto 1fr', gridTemplateColumns: '208px 1fr', height: '100%' }}>
      <TopBar />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <StorageWarning variant="banner" />
        <BackupStatusBanner />
        <StockAlertBanner />
        <MajorIncidentBanner />
        <ExportDueBanner />
      </Box>
      <Box component="aside" sx={{ borderRight: 1, borderColor: 'divider', bgcolor: 'background.paper', overflowY: 'auto', pt: 1 }}>
        <SideNav current={route} />
      </Box>
      <Box component="main" sx={{ minWidth: 0, minHeight: 0, overflow: 'auto', p: 2 }}>
        <Screen route={route} />
      </Box>
      <ShortcutsAndHelp />
    </Box>
  );
}
