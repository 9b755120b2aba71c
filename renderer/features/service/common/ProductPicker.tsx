import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../../db/db';
import { getProduct, searchProducts } from '../../../db/products-repo';
import type { StoredProduct } from '../../../db/stock-rows';
import { useT } from '../../../i18n/context';

interface Props {
  label: string;
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
  required?: boolean;
}

export const productLabel = (p: Pick<StoredProduct, 'code' | 'name'>) => `${p.code} ${p.name}`;

/** A product by code, name or pinyin (the repository's prefix search); active products only. */
export function ProductPicker({ label, value, onChange, error, required }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const chosen = useLiveQuery(() => (value === null ? undefined : getProduct(getDb(), value)), [value]);
  const found = useLiveQuery(() => searchProducts(getDb(), input, 30), [input]);
  const options = (found ?? []).filter((p) => p.active);
  // The chosen product stays an option, so MUI can show it while the list holds other matches.
  const withChosen = chosen && !options.some((p) => p.id === chosen.id) ? [chosen, ...options] : options;
  return (
    <Autocomplete
      size="small"
      options={withChosen}
      value={chosen ?? null}
      loading={found === undefined}
      onChange={(_e, p) => onChange(p?.id ?? null)}
      // MUI keeps the text shown (the chosen one's label once loaded); only typing searches.
      onInputChange={(_e, text, reason) => setInput(reason === 'input' ? text : '')}
      filterOptions={(x) => x}
      getOptionLabel={productLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('svcui.picker.noProducts')}
      renderInput={(params) => <TextField {...params} label={label} required={required} error={error !== undefined} helperText={error} />}
      sx={{ minWidth: 260, flexGrow: 1 }}
    />
  );
}
