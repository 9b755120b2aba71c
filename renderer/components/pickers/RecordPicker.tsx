import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type AppDB } from '../../db/db';

/** What a form sets on a record picker; the kind-specific pickers pass these through. */
export interface PickerProps<T> {
  /** The field's name: shown as its label, or only announced (`hideLabel`) where a column header says it. */
  label: string;
  hideLabel?: boolean;
  /** The chosen record's id; the picker shows whatever the parent sets here, typed or not. */
  value: number | null;
  /** The new id, with the whole record so a form can fill other fields in from it. */
  onChange: (id: number | null, record: T | null) => void;
  error?: string;
  required?: boolean;
  autoFocus?: boolean;
  /** Enter picks the first match without arrowing down to it. */
  autoHighlight?: boolean;
  size?: 'small' | 'medium';
  /** Overrides the picker's own "nothing matches" sentence. */
  noOptionsText?: string;
}

interface SourceProps<T> {
  noOptionsText: string;
  optionLabel: (record: T) => string;
  load: (db: AppDB, id: number) => Promise<T | undefined>;
  search: (db: AppDB, query: string, limit: number) => Promise<T[]>;
  /** Which found records may be chosen here (the chosen one always shows). */
  offer?: (record: T) => boolean;
  minWidth: number;
}

const searchLimit = 30;

/** Type to search a table (the repository's prefix search over name, code, phone, pinyin); pick one record. */
export function RecordPicker<T extends { id?: number }>(props: PickerProps<T> & SourceProps<T>) {
  const { label, hideLabel, value, onChange, error, required, autoFocus, autoHighlight, size = 'small' } = props;
  const { noOptionsText, optionLabel, load, search, offer, minWidth } = props;
  // Only typing searches; the input's text is MUI's, so it follows `value` (the chosen one's label) on its own.
  const [query, setQuery] = useState('');
  const loaded = useLiveQuery(() => (value === null ? undefined : load(getDb(), value)), [load, value]);
  // A result for an earlier id is not the parent's value: show nothing until the new one loads.
  const chosen = value !== null && loaded?.id === value ? loaded : null;
  const found = useLiveQuery(() => search(getDb(), query, searchLimit), [search, query]);
  const options = offer ? (found ?? []).filter(offer) : (found ?? []);
  // The chosen record stays an option, so MUI can show it while the list holds other matches.
  const withChosen = chosen && !options.some((r) => r.id === chosen.id) ? [chosen, ...options] : options;
  return (
    <Autocomplete
      size={size}
      options={withChosen}
      value={chosen}
      loading={found === undefined}
      onChange={(_e, r) => onChange(r?.id ?? null, r)}
      onInputChange={(_e, text, reason) => setQuery(reason === 'input' ? text : '')}
      filterOptions={(x) => x}
      getOptionLabel={optionLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      autoHighlight={autoHighlight}
      noOptionsText={noOptionsText}
      renderInput={(params) => (
        <TextField
          {...params}
          label={hideLabel ? undefined : label}
          required={required}
          error={error !== undefined}
          helperText={error}
          autoFocus={autoFocus}
          slotProps={hideLabel ? { ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': label } } : params.slotProps}
        />
      )}
      sx={{ minWidth, flexGrow: 1 }}
    />
  );
}
