import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useT } from '../../i18n/context';

interface Props {
  phones: string[];
  errors: Record<string, string>;
  onChange: (phones: string[]) => void;
}

/** One row per phone; the first is labelled plainly 电话, later rows 电话 2, 电话 3 … */
export function PhoneFields({ phones, errors, onChange }: Props) {
  const t = useT();
  // A row added with 添加电话 takes the cursor; rows present when the dialog opened do not.
  const [added, setAdded] = useState(false);
  const setAt = (row: number, value: string) => onChange(phones.map((p, i) => (i === row ? value : p)));
  const remove = (row: number) => onChange(phones.filter((_, i) => i !== row));
  return (
    <Stack spacing={1.5}>
      {phones.map((phone, row) => (
        <Stack key={row} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={row === 0 ? t('customer.field.phones') : t('customers.form.phoneN', { n: row + 1 })}
            value={phone}
            onChange={(e) => setAt(row, e.target.value)}
            error={errors[`phones.${row}`] !== undefined}
            helperText={errors[`phones.${row}`]}
            autoFocus={added && row === phones.length - 1}
            slotProps={{ htmlInput: { inputMode: 'tel', autoComplete: 'off' } }}
          />
          {phones.length > 1 && (
            <IconButton
              aria-label={t('customers.removePhone', { n: row + 1 })}
              onClick={() => remove(row)}
              sx={{ mt: 0.5 }}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          )}
        </Stack>
      ))}
      <Button startIcon={<AddIcon />} onClick={() => {
          setAdded(true);
          onChange([...phones, '']);
        }} sx={{ alignSelf: 'flex-start' }}>
        {t('customers.addPhone')}
      </Button>
    </Stack>
  );
}
