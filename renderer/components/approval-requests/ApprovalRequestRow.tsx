import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ApprovalStatus } from '@shared/approvals/requests';
import type { StoredApprovalRequest } from '../../db/approval-requests-repo';
import { useT } from '../../i18n/context';
import { requestLines } from './request-lines';

const statusColor = { waiting: 'warning', approved: 'success', declined: 'error', withdrawn: 'default' } as const satisfies Record<ApprovalStatus, string>;

interface Props {
  request: StoredApprovalRequest;
  /** What is asked, in one line (e.g. 重开 2026-11-26). */
  title: string;
  /** Any detail the kind adds (the plan before and after). */
  details: readonly string[];
  mayDecide: boolean;
  mayWithdraw: boolean;
  busy: boolean;
  onApprove: () => void;
  onDecline: () => void;
  onWithdraw: () => void;
}

/** One request: what, who asked and why, its status, and the decision; buttons while it waits. */
export function ApprovalRequestRow({ request, title, details, mayDecide, mayWithdraw, busy, onApprove, onDecline, onWithdraw }: Props) {
  const t = useT();
  const waiting = request.status === 'waiting';
  const lines = [...details, ...requestLines(t, request)];
  return (
    <ListItem divider alignItems="flex-start" aria-label={title} sx={{ flexWrap: 'wrap', gap: 1 }}>
      <ListItemText
        primary={<Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}><Typography sx={{ fontWeight: 600 }}>{title}</Typography><Chip size="small" color={statusColor[request.status]} label={t(`approvals.status.${request.status}`)} /></Stack>}
        secondary={lines.map((line) => <Typography key={line} variant="body2" component="span" sx={{ display: 'block' }}>{line}</Typography>)}
      />
      {waiting && (mayDecide || mayWithdraw) && (
        <Stack direction="row" spacing={1}>
          {mayDecide && <Button size="small" variant="contained" disabled={busy} onClick={onApprove}>{t('apprui.approve')}</Button>}
          {mayDecide && <Button size="small" color="error" disabled={busy} onClick={onDecline}>{t('apprui.decline')}</Button>}
          {mayWithdraw && <Button size="small" disabled={busy} onClick={onWithdraw}>{t('apprui.withdraw')}</Button>}
        </Stack>
      )}
    </ListItem>
  );
}
