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
  autoFocus?: boolean;
}

const customerLabel = (c: Customer) => [c.name, c.primaryPhone ?? c.phones[0]].filter(Boolean).join(' ');

/** The slip's customer: type a name, a phone, pinyin or initials, a member or store number. */
export function CustomerPicker({ value, onChange, error, autoFocus }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const chosen = useLiveQuery(() => (value === null ? undefined : getCustomer(getDb(), value)), [value]);
  // Showing the chosen customer is not a search: then the list offers the newest customers.
  const query = chosen && input === customerLabel(chosen) ? '' : input;
  const found = useLiveQuery(() => searchCustomers(getDb(), query, 30), [query]);
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
      onInputChange={(_e, text) => setInput(text)}
      filterOptions={(x) => x}
      getOptionLabel={customerLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight
      noOptionsText={t('slipsui.picker.noCustomers')}
      renderInput={(params) => (
        <TextField {...params} label={t('slipsui.picker.customer')} required error={error !== undefined} helperText={error} autoFocus={autoFocus} />
      )}
      sx={{ minWidth: 320, flexGrow: 1 }}
    />
  );
}
