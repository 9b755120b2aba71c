import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { StringKey, Translate } from '@shared/i18n';
import type { PrinterProfile } from '@shared/templates/calibration';

const rows = [
  ['offsetXMm', 'designer.printer.offsetX'],
  ['offsetYMm', 'designer.printer.offsetY'],
  ['driftMmPerSheet', 'designer.printer.drift'],
] as const satisfies readonly (readonly [keyof PrinterProfile, StringKey])[];

const mm = (v: number) => (v > 0 ? `+${v.toFixed(1)}` : v.toFixed(1));

/** The current and the newly computed profile side by side. */
export function ProfileSummary({ t, current, next }: { t: Translate; current: PrinterProfile; next: PrinterProfile }) {
  return (
    <Table size="small" sx={{ maxWidth: 480 }} aria-label={t('designer.printer.profile')}>
      <TableHead>
        <TableRow>
          <TableCell />
          <TableCell align="right">{t('designer.wizard.result.current')}</TableCell>
          <TableCell align="right">{t('designer.wizard.result.new')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(([key, label]) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row">
              {t(label)}
            </TableCell>
            <TableCell align="right">{mm(current[key])}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 700 }}>
              {mm(next[key])}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
