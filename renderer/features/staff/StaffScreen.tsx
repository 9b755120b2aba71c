import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import type { StaffMember } from '@shared/auth/roles';
import { Can, useActor, useStaffList } from '../../auth';
import { useT } from '../../i18n/context';
import { issueText } from '../../i18n/issue-text';
import { ResetPinDialog } from './ResetPinDialog';
import { StaffFormDialog } from './StaffFormDialog';
import { StaffTable } from './StaffTable';
import { useNow } from './use-now';
import { useUnlockStaff } from './use-save-staff';

type Open = { kind: 'form'; staff?: StaffMember } | { kind: 'pin'; staff: StaffMember } | null;

/** 员工 (supervisor only): who may sign in, with which roles; new accounts and PIN resets. */
export function StaffScreen() {
  const t = useT();
  const staff = useStaffList(false);
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const me = useActor();
  const unlock = useUnlockStaff();
  const now = useNow();
  const firstIssue = unlock.issues[0];
  const unlockRefusal = unlock.error ?? (firstIssue ? issueText(t, firstIssue.message) : null);

  const done = (text: string) => {
    setOpen(null);
    setNotice(text);
  };

  return (
    <Can action="staff.manage" fallback={<Alert severity="warning">{t('session.error.permission')}</Alert>}>
      <Stack spacing={2} component="section" aria-label={t('nav.staff')} sx={{ maxWidth: 880 }}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h2" component="h1">
            {t('nav.staff')}
          </Typography>
          <Button variant="contained" startIcon={<PersonAddAlt1Outlined />} onClick={() => setOpen({ kind: 'form' })}>
            {t('staffScreen.new')}
          </Button>
        </Stack>
        <StaffTable
          staff={staff ?? []}
          onEdit={(s) => setOpen({ kind: 'form', staff: s })}
          onResetPin={(s) => setOpen({ kind: 'pin', staff: s })}
          onUnlock={(s) => void unlock.run(s.id).then((ok) => ok && done(t('staffScreen.unlocked', { name: s.name })))}
          selfId={me.staffId}
          now={now}
        />
        {unlockRefusal && <Alert severity="error">{unlockRefusal}</Alert>}
      </Stack>
      <StaffFormDialog
        open={open?.kind === 'form'}
        staff={open?.kind === 'form' ? open.staff : undefined}
        onClose={() => setOpen(null)}
        onSaved={(name) => done(t('staffScreen.saved', { name }))}
      />
      {open?.kind === 'pin' && (
        <ResetPinDialog
          staff={open.staff}
          onClose={() => setOpen(null)}
          onSaved={() => done(t('staffScreen.pinSaved', { name: open.staff.name }))}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </Can>
  );
}
