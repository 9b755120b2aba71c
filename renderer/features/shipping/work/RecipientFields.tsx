import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { AddressPart } from '@shared/address/parse';
import type { Recipient } from '@shared/shipping/shipping-list';
import { useT } from '../../../i18n/context';

interface Props {
  value: Recipient;
  onChange: (change: Partial<Recipient>) => void;
  /** Parts the parser was unsure of: highlighted until the clerk edits them. */
  flagged: readonly AddressPart[];
  errors: Record<string, string>;
  readOnly: boolean;
}

const widths: Record<AddressPart, number | undefined> = { name: 160, phone: 180, province: 170, city: 150, district: 150, detail: undefined };

/** 收货人: name, phone, province, city, district and street address, each refused or flagged at its field. */
export function RecipientFields({ value, onChange, flagged, errors, readOnly }: Props) {
  const t = useT();
  const field = (part: AddressPart) => {
    const error = errors[`recipient.${part}`];
    const doubtful = flagged.includes(part) && error === undefined;
    return (
      <TextField
        key={part}
        size="small"
        label={t(`address.part.${part}`)}
        value={value[part]}
        onChange={(e) => onChange({ [part]: e.target.value })}
        error={error !== undefined}
        color={doubtful ? 'warning' : 'primary'}
        focused={doubtful || undefined}
        helperText={error ?? (doubtful ? t('shipui.paste.check') : undefined)}
        slotProps={{ input: { readOnly }, htmlInput: { 'data-flagged': doubtful ? 'true' : undefined } }}
        sx={{ width: widths[part], flexGrow: part === 'detail' ? 1 : 0 }}
      />
    );
  };
  return (
    <Stack spacing={1.5} role="group" aria-label={t('shipui.recipient.title')}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {(['name', 'phone', 'province', 'city', 'district'] as const).map(field)}
      </Stack>
      <Stack direction="row">{field('detail')}</Stack>
    </Stack>
  );
}
