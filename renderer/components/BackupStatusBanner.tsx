import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useT } from '../i18n/context';
import type { Notice } from './notice';
import { NoticeSnackbar } from './NoticeSnackbar';
import { useBackupNow } from './use-backup-now';
import { useLastBackup } from './use-last-backup';

/**
 * A slim warning under the header when there has been no backup for more than a day (or never):
 * "已超过一天没有备份 — 立即备份". Hidden otherwise; the shell places it.
 */
export function BackupStatusBanner() {
  const t = useT();
  const last = useLastBackup();
  const backup = useBackupNow();
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = backup.progress !== null;
  return (
    <>
      {(last?.overdue || running) && (
        <Alert
          severity="warning"
          variant="filled"
          role="alert"
          sx={{ borderRadius: 0, py: 0 }}
          action={
            <Button color="inherit" size="small" variant="outlined" disabled={running} onClick={() => void backup.run('auto').then(setNotice)}>
              {t('settings.backup.now')}
            </Button>
          }
        >
          {running && backup.progress ? backup.progress.text : t(last?.at === null ? 'banner.backupNever' : 'banner.backupOverdue')}
          {backup.progress && (
            <LinearProgress variant="determinate" value={backup.progress.percent} color="inherit" aria-label={t('settings.backup.now')} sx={{ mt: 0.5 }} />
          )}
        </Alert>
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
