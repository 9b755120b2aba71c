import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { isLocked } from '@shared/auth/lockout';
import type { StaffMember } from '@shared/auth/roles';
import { rolesText } from '../../auth';
import { lockedUntilText } from '../../auth/sign-in-message';
import { useT } from '../../i18n/context';

interface Props {
  staff: readonly StaffMember[];
  onEdit: (s: StaffMember) => void;
  onResetPin: (s: StaffMember) => void;
  /** Lifts a lockout; offered on a locked account other than the signed-in one's. */
  onUnlock: (s: StaffMember) => void;
  /** The signed-in supervisor: they cannot unlock themselves. */
  selfId: number;
  now: number;
}

/** A small center has a handful of staff: a plain table, every row's actions in reach of Tab. */
export function StaffTable({ staff, onEdit, onResetPin, onUnlock, selfId, now }: Props) {
  const t = useT();
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('staffScreen.list')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('staffScreen.col.name')}</TableCell>
            <TableCell>{t('staffScreen.col.roles')}</TableCell>
            <TableCell>{t('staffScreen.col.status')}</TableCell>
            <TableCell align="right">{t('staffScreen.col.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {staff.map((s) => (
            <TableRow key={s.id} hover>
              <TableCell sx={{ fontWeight: 600 }}>{s.name}</TableCell>
              <TableCell>{rolesText(t, s.roles)}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={s.active ? 'success' : 'default'}
                  variant="outlined"
                  label={t(s.active ? 'staffScreen.status.active' : 'staffScreen.status.inactive')}
                />
                {isLocked(s, now) && (
                  <Chip size="small" color="warning" sx={{ ml: 1 }} label={t('staffScreen.status.locked', { time: lockedUntilText(s.lockedUntil, now) })} />
                )}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {isLocked(s, now) && s.id !== selfId && (
                  <Button color="warning" onClick={() => onUnlock(s)} aria-label={t('staffScreen.unlockFor', { name: s.name })}>
                    {t('staffScreen.unlock')}
                  </Button>
                )}
                <Button onClick={() => onEdit(s)} aria-label={t('staffScreen.editFor', { name: s.name })}>
                  {t('action.edit')}
                </Button>
                <Button onClick={() => onResetPin(s)} aria-label={t('staffScreen.resetPinFor', { name: s.name })}>
                  {t('staffScreen.resetPin')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
