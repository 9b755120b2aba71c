import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/context';
import { useProduct, useProductSearch, type StoredProduct } from './use-products';

interface Props {
  /** Announced, not shown: the table's column header says what it is. */
  label: string;
  value: number | null;
  onChange: (product: StoredProduct | null) => void;
  error?: string;
}

export const productLabel = (p: Pick<StoredProduct, 'code' | 'name'>) => `${p.code} ${p.name}`;

/** A slip line's product: type a code, a name or its pinyin; active products only. */
export function ProductPicker({ label, value, onChange, error }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const chosen = useProduct(value);
  // Showing the chosen product is not a search: then the list offers every product.
  const found = useProductSearch(chosen && input === productLabel(chosen) ? '' : input);
  const options = (found ?? []).filter((p) => p.active);
  const withChosen = chosen && !options.some((p) => p.id === chosen.id) ? [chosen, ...options] : options;
  return (
    <Autocomplete
      size="small"
      options={withChosen}
      value={chosen ?? null}
      loading={found === undefined}
      onChange={(_e, p) => onChange(p)}
      inputValue={input}
      onInputChange={(_e, text) => setInput(text)}
      filterOptions={(x) => x}
      getOptionLabel={productLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight
      noOptionsText={t('slipsui.picker.noProducts')}
      renderInput={(params) => (
        <TextField
          {...params}
          error={error !== undefined}
          helperText={error}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': label } }}
        />
      )}
      sx={{ minWidth: 260, flexGrow: 1 }}
    />
  );
}
