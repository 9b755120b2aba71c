import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import type { Translate } from '@shared/i18n';
import { isRowInvalid, type Crosshair, type MeasureRow } from './calibration-rows';

export interface MeasureTableProps {
  t: Translate;
  crosshairs: readonly Crosshair[];
  rows: MeasureRow[];
  /** Rows before this index are the first sheet's own crosshairs and cannot be removed. */
  fixedRows: number;
  onChange: (rows: MeasureRow[]) => void;
}

const inputWidth = { width: 96 } as const;

/** Per crosshair: where it was designed, and where the user measured it (and on which sheet). */
export function MeasureTable({ t, crosshairs, rows, fixedRows, onChange }: MeasureTableProps) {
  const set = (i: number, patch: Partial<MeasureRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const crosshairName = (i: number) => `${t('designer.wizard.measure.crosshair')} ${i + 1}`;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t('designer.wizard.measure.crosshair')}</TableCell>
          <TableCell>{t('designer.wizard.measure.designed')}</TableCell>
          <TableCell>{t('designer.wizard.measure.sheet')}</TableCell>
          <TableCell>{t('designer.wizard.measure.x')}</TableCell>
          <TableCell>{t('designer.wizard.measure.y')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, i) => {
          const c = crosshairs[row.crosshair];
          const fixed = i < fixedRows;
          const invalid = isRowInvalid(row);
          const label = `${crosshairName(row.crosshair)} · ${t('designer.wizard.measure.sheet')} ${row.sheet}`;
          return (
            <TableRow key={i}>
              <TableCell>
                {fixed ? (
                  crosshairName(row.crosshair)
                ) : (
                  <TextField select size="small" value={row.crosshair} onChange={(e) => set(i, { crosshair: Number(e.target.value) })} slotProps={{ htmlInput: { 'aria-label': t('designer.wizard.measure.crosshair') } }}>
                    {crosshairs.map((_, k) => (
                      <MenuItem key={k} value={k}>
                        {crosshairName(k)}
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              </TableCell>
              <TableCell>{c ? t('designer.wizard.measure.designedAt', { x: c.x, y: c.y }) : ''}</TableCell>
              <TableCell>
                {fixed ? row.sheet : <TextField size="small" value={row.sheet} onChange={(e) => set(i, { sheet: e.target.value })} sx={{ width: 64 }} slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `${label} ${t('designer.wizard.measure.sheet')}` } }} />}
              </TableCell>
              <TableCell>
                <TextField size="small" value={row.x} error={invalid} onChange={(e) => set(i, { x: e.target.value })} sx={inputWidth} slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${label} ${t('designer.wizard.measure.x')}` } }} />
              </TableCell>
              <TableCell>
                <TextField size="small" value={row.y} error={invalid} onChange={(e) => set(i, { y: e.target.value })} sx={inputWidth} slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${label} ${t('designer.wizard.measure.y')}` } }} />
              </TableCell>
              <TableCell>
                {!fixed && (
                  <IconButton aria-label={t('designer.wizard.measure.removeRow')} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                    <DeleteOutline />
                  </IconButton>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
