import { useState } from 'react';
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
import { removeRow } from './customer-form';

interface Props {
  phones: string[];
  primaryRow: number;
  errors: Record<string, string>;
  onChange: (phones: string[], primaryRow: number) => void;
}

/** One row per phone, the primary one marked; the first is labelled plainly 电话, later rows 电话 2, 电话 3 … */
export function PhoneFields({ phones, primaryRow, errors, onChange }: Props) {
  const t = useT();
  // A row added with 添加电话 takes the cursor; rows present when the dialog opened do not.
  const [added, setAdded] = useState(false);
  const setAt = (row: number, value: string) => onChange(phones.map((p, i) => (i === row ? value : p)), primaryRow);
  const remove = (row: number) => {
    const next = removeRow(phones, primaryRow, row);
    onChange(next.rows, next.chosen);
  };
  return (
    <Stack spacing={1} role="group" aria-label={t('customersui.section.phones')}>
      <FormLabel sx={{ fontSize: '0.75rem' }}>{t('customersui.section.phones')}</FormLabel>
      {phones.map((phone, row) => (
        <Stack key={row} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Radio
            checked={row === primaryRow}
            onChange={() => onChange(phones, row)}
            slotProps={{ input: { 'aria-label': t('customersui.primaryN', { n: row + 1 }) } }}
          />
          <TextField
            label={row === 0 ? t('customer.field.phones') : t('customers.form.phoneN', { n: row + 1 })}
            value={phone}
            onChange={(e) => setAt(row, e.target.value)}
            error={errors[`phones.${row}`] !== undefined}
            helperText={errors[`phones.${row}`] ?? (row === primaryRow && phones.length > 1 ? t('customersui.primary') : undefined)}
            autoFocus={added && row === phones.length - 1}
            sx={{ width: 320 }}
            slotProps={{ htmlInput: { inputMode: 'tel', autoComplete: 'off' } }}
          />
          {phones.length > 1 && (
            <IconButton aria-label={t('customers.removePhone', { n: row + 1 })} onClick={() => remove(row)} sx={{ mt: 0.5 }}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          )}
        </Stack>
      ))}
      {errors.primaryPhone && <FormHelperText error>{errors.primaryPhone}</FormHelperText>}
      <Button
        startIcon={<AddIcon />}
        onClick={() => {
          setAdded(true);
          onChange([...phones, ''], primaryRow);
        }}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('customers.addPhone')}
      </Button>
    </Stack>
  );
}
