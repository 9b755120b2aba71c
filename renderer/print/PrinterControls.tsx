import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Translate } from '@shared/i18n';
import type { PrinterInfo } from '../platform/platform';

export interface PrinterControlsProps {
  t: Translate;
  printers: PrinterInfo[];
  /** The chosen printer's name; null = choose in the system print dialog. */
  printerName: string | null;
  onPrinter: (name: string | null) => void;
  copies: number;
  onCopies: (copies: number) => void;
  disabled: boolean;
}

const systemDialog = '';

/** Printer (or the system dialog) and copies; shown only where the platform lists printers. */
export function PrinterControls({ t, printers, printerName, onPrinter, copies, onCopies, disabled }: PrinterControlsProps) {
  return (
    <>
      <TextField
        select
        size="small"
        label={t('print.preview.printer')}
        value={printerName ?? systemDialog}
        onChange={(e) => onPrinter(e.target.value === systemDialog ? null : e.target.value)}
        disabled={disabled}
        // '' is the system dialog: show it as a choice, not as an empty field.
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ width: 220 }}
      >
        <MenuItem value={systemDialog}>{t('print.preview.systemDialog')}</MenuItem>
        {printers.map((p) => (
          <MenuItem key={p.name} value={p.name}>
            {p.isDefault ? t('print.preview.defaultPrinter', { name: p.displayName }) : p.displayName}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="number"
        size="small"
        label={t('print.preview.copies')}
        value={copies}
        onChange={(e) => onCopies(Math.min(99, Math.max(1, Math.round(Number(e.target.value)) || 1)))}
        disabled={disabled}
        slotProps={{ htmlInput: { min: 1, max: 99, step: 1 } }}
        sx={{ width: 80 }}
      />
    </>
  );
}
