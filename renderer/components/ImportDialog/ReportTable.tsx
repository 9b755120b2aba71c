import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImportKind } from '@shared/import/fields';
import type { ImportReportEntry } from '@shared/import/report';
import { useT } from '../../i18n/context';
import { reportLines } from './import-view';

/** 检查结果: every problem with its Excel row, its column and the reason. */
export function ReportTable({ kind, report }: { kind: ImportKind; report: readonly ImportReportEntry[] }) {
  const t = useT();
  const { lines, more } = reportLines(t, kind, report);
  return (
    <>
      <Table size="small" aria-label={t('import.reportTitle')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 80 }}>{t('import.report.row')}</TableCell>
            <TableCell sx={{ width: 160 }}>{t('import.report.column')}</TableCell>
            <TableCell>{t('import.report.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l, i) => (
            <TableRow key={i}>
              <TableCell>{l.row}</TableCell>
              <TableCell>{l.column}</TableCell>
              <TableCell>{l.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('import.moreProblems', { count: more })}
        </Typography>
      )}
    </>
  );
}
