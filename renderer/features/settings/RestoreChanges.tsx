import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import { staffChangeLines } from './restore-summary';
import type { CheckedBackup, Confirmations } from './use-restore';

interface Props {
  checked: CheckedBackup;
  confirmed: Confirmations;
  onConfirm: (next: Partial<Confirmations>) => void;
  disabled: boolean;
}

/**
 * What the restore would do beyond replacing the data, before the supervisor signs: how the file was
 * protected, who is added to or removed from the staff (or gets other roles or PIN), how many of
 * today's audit entries would be gone; an old unencrypted file and a loss of audit entries each need a tick.
 */
export function RestoreChanges({ checked, confirmed, onConfirm, disabled }: Props) {
  const t = useT();
  const { protection, preview } = checked;
  const staffLines = staffChangeLines(t, preview.staff);
  const lost = preview.audit.lost;
  return (
    <Stack spacing={1.5}>
      <ProtectionNote checked={checked} />
      <section aria-label={t('restore.staff.title')}>
        <Typography variant="subtitle2">{t('restore.staff.title')}</Typography>
        {staffLines.length === 0 ? (
          <Typography variant="body2">{t('restore.staff.none')}</Typography>
        ) : (
          <List dense disablePadding>
            {staffLines.map((line) => (
              <ListItem key={line} disableGutters sx={{ py: 0 }}>
                <Typography variant="body2" color="warning.dark">
                  {line}
                </Typography>
              </ListItem>
            ))}
          </List>
        )}
      </section>
      <section aria-label={t('restore.audit.title')}>
        <Typography variant="subtitle2">{t('restore.audit.title')}</Typography>
        <Typography variant="body2">
          {t('restore.audit.counts', { live: preview.audit.live, file: preview.audit.file })}{' '}
          {lost === 0 ? t('restore.audit.none') : t('restore.audit.lost', { lost })}
        </Typography>
      </section>
      {protection === 'unprotected' && (
        <FormControlLabel
          control={<Checkbox checked={confirmed.unprotected} onChange={(e) => onConfirm({ unprotected: e.target.checked })} disabled={disabled} />}
          label={t('restore.confirmUnprotected')}
        />
      )}
      {lost > 0 && (
        <FormControlLabel
          control={<Checkbox checked={confirmed.auditLoss} onChange={(e) => onConfirm({ auditLoss: e.target.checked })} disabled={disabled} />}
          label={t('restore.confirmAuditLoss', { lost })}
        />
      )}
    </Stack>
  );
}

/** How the file was protected; a typed password means the file came from elsewhere, so its staff deserve a second look. */
function ProtectionNote({ checked }: { checked: CheckedBackup }) {
  const t = useT();
  if (checked.protection === 'unprotected') return <Alert severity="error">{t('restore.unprotected')}</Alert>;
  if (checked.password !== undefined) return <Alert severity="warning">{t('restore.protected.password')}</Alert>;
  return <Alert severity="success">{t(checked.protection === 'device' ? 'restore.protected.device' : 'restore.protected.kept')}</Alert>;
}
