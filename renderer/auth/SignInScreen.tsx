import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useT } from '../i18n/context';
import { AuthLayout } from './AuthLayout';
import { PinSignInForm } from './PinSignInForm';
import { StaffPicker } from './StaffPicker';
import { useStaffList } from './use-staff-list';

interface Props {
  /** After a lock: the person who was signed in, offered first. */
  preselectStaffId: number | null;
  locked: boolean;
}

/** 登录: pick your name, then type your PIN. */
export function SignInScreen({ preselectStaffId, locked }: Props) {
  const t = useT();
  const staff = useStaffList(true);
  const [chosenId, setChosenId] = useState<number | null>(preselectStaffId);
  const chosen = staff?.find((s) => s.id === chosenId);

  return (
    <AuthLayout title={t(locked && chosen !== undefined && chosen.id === preselectStaffId ? 'session.signIn.locked' : 'session.signIn.title')}>
      {staff && staff.length === 0 && <Alert severity="warning">{t('session.signIn.noStaff')}</Alert>}
      {staff && staff.length > 0 && !chosen && (
        <>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('session.signIn.pickName')}
          </Typography>
          <StaffPicker staff={staff} onPick={(s) => setChosenId(s.id)} />
        </>
      )}
      {chosen?.id !== undefined && (
        <PinSignInForm key={chosen.id} staffId={chosen.id} name={chosen.name} onOtherUser={() => setChosenId(null)} />
      )}
    </AuthLayout>
  );
}
