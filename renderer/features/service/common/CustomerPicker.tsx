import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import { getCustomer, searchCustomers } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';

interface Props {
  label: string;
  value: number | null;
  onChange: (customer: Customer | null) => void;
  error?: string;
  required?: boolean;
}

const customerLabel = (c: Customer) => [c.name, c.phones[0]].filter(Boolean).join(' ');

/** A customer by name, phone or pinyin initials; hands back the whole record so a form can fill in from it. */
export function CustomerPicker({ label, value, onChange, error, required }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const chosen = useLiveQuery(() => (value === null ? undefined : getCustomer(getDb(), value)), [value]);
  const found = useLiveQuery(() => searchCustomers(getDb(), input, 30), [input]);
  const options = found ?? [];
  const withChosen = chosen && !options.some((c) => c.id === chosen.id) ? [chosen, ...options] : options;
  return (
    <Autocomplete
      size="small"
      options={withChosen}
      value={chosen ?? null}
      loading={found === undefined}
      onChange={(_e, c) => onChange(c)}
      // MUI keeps the text shown (the chosen one's label once loaded); only typing searches.
      onInputChange={(_e, text, reason) => setInput(reason === 'input' ? text : '')}
      filterOptions={(x) => x}
      getOptionLabel={customerLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('svcui.picker.noCustomers')}
      renderInput={(params) => <TextField {...params} label={label} required={required} error={error !== undefined} helperText={error} />}
      sx={{ minWidth: 260 }}
    />
  );
}
