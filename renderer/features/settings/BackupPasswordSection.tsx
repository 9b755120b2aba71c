import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { useCan } from '../../auth';
import { useT } from '../../i18n/context';
import { getPlatform } from '../../platform';
import { BackupPasswordDialog } from './BackupPasswordDialog';
import { SettingsSection } from './SettingsSection';
import { useBackupPassword } from './use-backup-password';

/**
 * 备份密码: whether one is set, what it protects (another PC's restore; in a browser, any backup at
 * all) and what to keep safe; a supervisor sets or changes it.
 */
export function BackupPasswordSection() {
  const t = useT();
  const { state, save } = useBackupPassword();
  const canManage = useCan('settings.manage');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const isElectron = getPlatform().kind === 'electron';
  if (state === undefined) return null;
  return (
    <SettingsSection title={t('backupPassword.title')}>
      {state ? (
        <Typography role="status">{t('backupPassword.state', { at: dayjs(state.setAt).format('YYYY-MM-DD HH:mm'), name: state.setByName })}</Typography>
      ) : (
        <Alert severity="warning" role="status">
          {t('backupPassword.none')}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary">
        {t(isElectron ? 'backupPassword.hintElectron' : 'backupPassword.hintBrowser')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('backupPassword.keepSafe')}
      </Typography>
      {canManage && (
        <div>
          <Button variant="outlined" onClick={() => setOpen(true)}>
            {t(state ? 'backupPassword.change' : 'backupPassword.set')}
          </Button>
        </div>
      )}
      {open && (
        <BackupPasswordDialog
          changing={state !== null}
          onSave={save}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setSaved(true);
          }}
        />
      )}
      <Snackbar open={saved} autoHideDuration={4000} onClose={() => setSaved(false)} message={t('backupPassword.saved')} />
    </SettingsSection>
  );
}
