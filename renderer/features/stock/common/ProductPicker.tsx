import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/context';
import { useProduct, useProductSearch, type StoredProduct } from './use-products';

interface Props {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
  autoFocus?: boolean;
  /** Products that may not be chosen here (a set's own id among its components). */
  excludeIds?: readonly number[];
  /** Inactive products are offered only where the form allows them (e.g. a set's components). */
  activeOnly?: boolean;
  size?: 'small' | 'medium';
}

export const productLabel = (p: Pick<StoredProduct, 'code' | 'name'>) => `${p.code} ${p.name}`;

/** Type a code, a name or its pinyin (拼音 or initials); the list is the repository's prefix search. */
export function ProductPicker({ label, value, onChange, error, autoFocus, excludeIds = [], activeOnly = true, size = 'small' }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const chosen = useProduct(value);
  const found = useProductSearch(input, 30);
  const options = (found ?? []).filter((p) => (!activeOnly || p.active) && !excludeIds.includes(p.id));
  // The chosen product stays an option, so MUI can show it while the list holds other matches.
  const withChosen = chosen && !options.some((p) => p.id === chosen.id) ? [chosen, ...options] : options;
  return (
    <Autocomplete
      size={size}
      options={withChosen}
      value={chosen ?? null}
      loading={found === undefined}
      onChange={(_e, p) => onChange(p?.id ?? null)}
      inputValue={input}
      onInputChange={(_e, text, reason) => setInput(reason === 'reset' ? '' : text)}
      filterOptions={(x) => x}
      getOptionLabel={productLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('stockui.picker.noOptions')}
      renderInput={(params) => <TextField {...params} label={label} error={error !== undefined} helperText={error} autoFocus={autoFocus} />}
      sx={{ minWidth: 280, flexGrow: 1 }}
    />
  );
}
