import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useT } from '../../i18n/context';
import { cityOptions, districtOptions, provinceOptions } from './address-options';
import { emptyAddressRow, removeRow, type AddressRow } from './customer-form';
import { SuggestField } from './SuggestField';

interface Props {
  addresses: AddressRow[];
  defaultRow: number;
  errors: Record<string, string>;
  onChange: (addresses: AddressRow[], defaultRow: number) => void;
}

/** One row per address (省份, 城市, 区县 with suggestions, 详细地址), the default one marked. */
export function AddressFields({ addresses, defaultRow, errors, onChange }: Props) {
  const t = useT();
  const setAt = (row: number, patch: Partial<AddressRow>) =>
    onChange(addresses.map((a, i) => (i === row ? { ...a, ...patch } : a)), defaultRow);
  const remove = (row: number) => {
    const next = removeRow(addresses, defaultRow, row);
    onChange(next.rows, next.chosen);
  };
  return (
    <Stack spacing={1} role="group" aria-label={t('customersui.section.addresses')}>
      <FormLabel sx={{ fontSize: '0.75rem' }}>{t('customersui.section.addresses')}</FormLabel>
      {addresses.map((a, row) => (
        <Stack key={row} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Radio
            checked={row === defaultRow}
            onChange={() => onChange(addresses, row)}
            slotProps={{ input: { 'aria-label': t('customersui.defaultN', { n: row + 1 }) } }}
          />
          <SuggestField label={t('customersui.address.province')} value={a.province} width={130}
            options={provinceOptions} onChange={(province) => setAt(row, { province })} />
          <SuggestField label={t('customersui.address.city')} value={a.city} width={140}
            options={cityOptions(a.province)} onChange={(city) => setAt(row, { city })} />
          <SuggestField label={t('customersui.address.district')} value={a.district} width={130}
            options={districtOptions(a.province)} onChange={(district) => setAt(row, { district })} />
          <TextField
            label={row === 0 ? t('customersui.address.detail') : t('customersui.address.detailN', { n: row + 1 })}
            value={a.detail}
            onChange={(e) => setAt(row, { detail: e.target.value })}
            error={errors[`addresses.${row}.detail`] !== undefined}
            helperText={errors[`addresses.${row}.detail`] ?? (row === defaultRow && addresses.length > 1 ? t('customersui.default') : undefined)}
            sx={{ flexGrow: 1 }}
          />
          <IconButton aria-label={t('customersui.removeAddress', { n: row + 1 })} onClick={() => remove(row)} sx={{ mt: 0.5 }}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      {errors.addresses && <FormHelperText error>{errors.addresses}</FormHelperText>}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...addresses, emptyAddressRow()], addresses.length === 0 ? 0 : defaultRow)}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('customersui.addAddress')}
      </Button>
    </Stack>
  );
}
