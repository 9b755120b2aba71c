import { useState } from 'react';
import BackupIcon from '@mui/icons-material/Backup';
import RestoreIcon from '@mui/icons-material/Restore';
import SaveAltIcon from '@mui/icons-material/SaveAlt';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useCan } from '../../auth';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useBackupNow, type BackupTarget } from '../../components/use-backup-now';
import { useLastBackup } from '../../components/use-last-backup';
import { useT } from '../../i18n/context';
import { getPlatform } from '../../platform';
import { BackupFoldersBlock } from './BackupFoldersBlock';
import { RestoreDialog } from './RestoreDialog';
import { SettingsSection } from './SettingsSection';
import { useRestore } from './use-restore';

/** 备份与恢复: when the last backup was, back up now or to a file, restore from a file (supervisor). */
export function BackupSection() {
  const t = useT();
  const last = useLastBackup();
  const backup = useBackupNow();
  const restore = useRestore();
  const canRestore = useCan('backup.restore');
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = backup.progress !== null;
  const run = (target: BackupTarget) => void backup.run(target).then(setNotice);
  const isElectron = getPlatform().kind === 'electron';

  return (
    <SettingsSection title={t('settings.backup')}>
      {last && (
        <Box role="status">
          <Typography color={last.overdue ? 'warning.dark' : 'text.primary'} sx={{ fontWeight: last.overdue ? 600 : 400 }}>
            {last.at === null ? t('backup.last.never') : t('backup.last.at', { at: dayjs(last.at).format('YYYY-MM-DD HH:mm') })}
            {last.overdue && last.at !== null && ` — ${t('banner.backupOverdue')}`}
          </Typography>
          {last.file && (
            <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
              {t('settings.backup.lastFile', { file: last.file })}
            </Typography>
          )}
        </Box>
      )}
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<BackupIcon />} disabled={running} onClick={() => run('auto')}>
          {t('settings.backup.now')}
        </Button>
        {isElectron && (
          <Button variant="outlined" startIcon={<SaveAltIcon />} disabled={running} onClick={() => run('file')}>
            {t('settings.backup.toFile')}
          </Button>
        )}
        {canRestore && (
          <Button variant="outlined" color="warning" startIcon={<RestoreIcon />} disabled={running} onClick={() => void restore.open()}>
            {t('settings.backup.restore')}
          </Button>
        )}
      </Stack>
      {backup.progress && (
        <Box role="status" aria-live="polite">
          <Typography variant="body2">{backup.progress.text}</Typography>
          <LinearProgress variant="determinate" value={backup.progress.percent} aria-label={t('settings.backup.now')} />
        </Box>
      )}
      <Typography variant="body2" color="text.secondary">
        {t(isElectron ? 'settings.backup.hint' : 'settings.backup.hintBrowser')}
      </Typography>
      <BackupFoldersBlock />
      <RestoreDialog restore={restore} />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </SettingsSection>
  );
}
