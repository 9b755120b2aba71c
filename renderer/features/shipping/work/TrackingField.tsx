import TextField from '@mui/material/TextField';
import { normalizeTrackingNo } from '@shared/shipping/carriers';
import { useT } from '../../../i18n/context';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Warnings (format, duplicate): shown, never blocking. */
  warnings: string[];
  disabled?: boolean;
}

/**
 * 快递单号: typed, or scanned (a scanner types the number and presses Enter). Enter normalises the
 * number (spaces and dashes out, upper case) and stays put, so a scan never submits anything by itself.
 */
export function TrackingField({ value, onChange, warnings, disabled }: Props) {
  const t = useT();
  return (
    <TextField
      size="small"
      label={t('shipui.waybill.trackingNo')}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        onChange(normalizeTrackingNo(value));
      }}
      onBlur={() => onChange(normalizeTrackingNo(value))}
      color={warnings.length > 0 ? 'warning' : 'primary'}
      focused={warnings.length > 0 || undefined}
      helperText={warnings.join(' ')}
      slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false, style: { fontFamily: 'monospace' } } }}
      sx={{ width: 320 }}
    />
  );
}
