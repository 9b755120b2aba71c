import Button, { type ButtonProps } from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import type { Action } from '@shared/auth/permissions';
import { useT } from '../i18n/context';
import { whoMayText } from './role-labels';
import { useCan } from './session-context';

type Props = Omit<ButtonProps, 'action'> & { needs: Action };

/**
 * A step's button for the roles allowed `needs`. Anyone else sees it greyed with who may take the
 * step (「需要物流人员」) as its tooltip and accessible description, instead of a button that does nothing.
 */
export function ActionButton({ needs, disabled, children, ...rest }: Props) {
  const t = useT();
  const may = useCan(needs);
  if (may) return <Button disabled={disabled} {...rest}>{children}</Button>;
  const reason = whoMayText(t, needs);
  return (
    <Tooltip title={reason} describeChild>
      {/* A disabled button takes no pointer events: the wrapper shows the tooltip. */}
      <span style={{ display: 'inline-flex', alignSelf: 'flex-start' }} data-needs={reason}>
        <Button disabled {...rest}>
          {children}
        </Button>
      </span>
    </Tooltip>
  );
}
