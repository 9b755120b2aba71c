import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@shared/domain/customer';
import { getCustomer, searchCustomers } from '../../../db/customers-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';

interface Props {
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
  required?: boolean;
}

const customerLabel = (c: Customer) => [c.name, c.phones[0]].filter(Boolean).join(' ');

/** The customer a return or exchange is linked to: type a name, a phone or pinyin initials. */
export function CustomerPicker({ value, onChange, error, required }: Props) {
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
      onChange={(_e, c) => onChange(c?.id ?? null)}
      inputValue={input}
      onInputChange={(_e, text, reason) => setInput(reason === 'reset' ? '' : text)}
      filterOptions={(x) => x}
      getOptionLabel={customerLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('stockui.picker.noCustomers')}
      renderInput={(params) => <TextField {...params} label={t('stockui.picker.customer')} required={required} error={error !== undefined} helperText={error} />}
      sx={{ minWidth: 320 }}
    />
  );
}
