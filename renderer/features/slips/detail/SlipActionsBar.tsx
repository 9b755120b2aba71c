import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { Translate } from '@shared/i18n';
import { useT } from '../../../i18n/context';
import type { SlipActionId } from './slip-actions';

const primary: ReadonlySet<SlipActionId> = new Set(['sign', 'issue', 'confirm', 'complete', 'ship']);

function label(t: Translate, id: SlipActionId): string {
  return t(`slipsui.action.${id}`);
}

/** The slip's buttons, only those valid now (see slipActions); the next workflow step stands out. */
export function SlipActionsBar({ actions, busy, onAction }: { actions: SlipActionId[]; busy: boolean; onAction: (id: SlipActionId) => void }) {
  const t = useT();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {actions.map((id) => (
        <Button
          key={id}
          variant={primary.has(id) ? 'contained' : 'outlined'}
          color={id === 'void' || id === 'voidReopen' ? 'error' : id === 'signOff' ? 'warning' : 'primary'}
          disabled={busy}
          onClick={() => onAction(id)}
        >
          {label(t, id)}
        </Button>
      ))}
    </Stack>
  );
}
