import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { importFields, type ImportKind } from '@shared/import/fields';
import type { ImportMapping } from '@shared/import/mapping';
import { useT } from '../../i18n/context';
import { remap } from './import-view';

interface Props {
  kind: ImportKind;
  headers: readonly string[];
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  disabled: boolean;
}

/** 列对应: which column of the file fills each field; suggested from the headers, changeable. */
export function MappingTable({ kind, headers, mapping, onChange, disabled }: Props) {
  const t = useT();
  return (
    <Table size="small" aria-label={t('import.mappingTitle')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('import.field')}</TableCell>
          <TableCell>{t('import.column')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {importFields(kind).map((f) => (
          <TableRow key={f.key}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {t(f.label)} {f.required && <Chip size="small" label={t('import.required')} sx={{ ml: 1 }} />}
            </TableCell>
            <TableCell sx={{ py: 0.5 }}>
              <TextField
                select
                size="small"
                value={mapping[f.key] ?? ''}
                disabled={disabled}
                onChange={(e) => onChange(remap(mapping, f.key, e.target.value === '' ? undefined : Number(e.target.value)))}
                slotProps={{ select: { displayEmpty: true }, htmlInput: { 'aria-label': t(f.label) } }}
                sx={{ minWidth: 200 }}
              >
                <MenuItem value="">{t('import.notImported')}</MenuItem>
                {headers.map((h, i) => (
                  <MenuItem key={i} value={i}>
                    {h}
                  </MenuItem>
                ))}
              </TextField>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
