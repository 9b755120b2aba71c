import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { StaffMember } from '@shared/auth/roles';
import { useT } from '../i18n/context';
import { rolesText } from './role-labels';

/** The active staff as big buttons: a name is one click (or Tab + Enter) away. */
export function StaffPicker({ staff, onPick }: { staff: readonly StaffMember[]; onPick: (s: StaffMember) => void }) {
  const t = useT();
  return (
    <Box
      role="group"
      aria-label={t('session.signIn.staffList')}
      sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 1.5 }}
    >
      {staff.map((s, i) => (
        <Button
          key={s.id}
          variant="outlined"
          size="large"
          autoFocus={i === 0}
          onClick={() => onPick(s)}
          sx={{ flexDirection: 'column', py: 1.5 }}
        >
          <Typography component="span" sx={{ fontSize: '1.15rem', fontWeight: 600 }}>
            {s.name}
          </Typography>
          <Typography component="span" variant="caption" color="text.secondary">
            {rolesText(t, s.roles)}
          </Typography>
        </Button>
      ))}
    </Box>
  );
}
