import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCan } from '../../auth';
import { useT } from '../../i18n/context';
import { useBackupFolders } from './use-backup-folders';

/** Where automatic backups go (Electron): this PC's folder, and a second folder a supervisor may set. */
export function BackupFoldersBlock() {
  const t = useT();
  const canManage = useCan('settings.manage');
  const { folders, error, chooseSecond, clearSecond } = useBackupFolders();
  if (!folders && !error) return null;
  return (
    <Stack spacing={1}>
      {folders && (
        <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
          {t('settings.backup.primaryFolder', { folder: folders.primary })}
        </Typography>
      )}
      {folders && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" sx={{ wordBreak: 'break-all', flexGrow: 1 }}>
            {t('settings.backup.secondFolder', { folder: folders.secondary ?? t('settings.backup.secondFolder.none') })}
          </Typography>
          {canManage && (
            <Button variant="outlined" onClick={() => void chooseSecond()} sx={{ flexShrink: 0 }}>
              {t('settings.backup.secondFolder.choose')}
            </Button>
          )}
          {canManage && folders.secondary !== null && (
            <Button color="inherit" onClick={() => void clearSecond()} sx={{ flexShrink: 0 }}>
              {t('settings.backup.secondFolder.clear')}
            </Button>
          )}
        </Stack>
      )}
      {error && <Alert severity="error">{t('error.unexpected', { message: error })}</Alert>}
    </Stack>
  );
}
