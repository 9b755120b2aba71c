import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import type { MatchRow } from './settlement-view';

/** WH-1: each movement of the day and the documents it was matched to, agreeing or not. */
export function MatchesTable({ rows }: { rows: readonly MatchRow[] }) {
  const t = useT();
  if (rows.length === 0) return <Typography color="text.secondary">{t('stockui.settle.noMatches')}</Typography>;
  return (
    <Table size="small" aria-label={t('stockui.settle.matches')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('stockui.settle.col.movement')}</TableCell>
          <TableCell>{t('stockui.settle.col.kind')}</TableCell>
          <TableCell>{t('stockui.settle.col.papers')}</TableCell>
          <TableCell>{t('stockui.settle.col.result')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={`${r.docNo}-${i}`}>
            <TableCell sx={{ fontFamily: 'monospace' }}>{r.docNo}</TableCell>
            <TableCell>{r.kind}</TableCell>
            <TableCell>{r.papers}</TableCell>
            <TableCell>
              <Chip size="small" color={r.ok ? 'success' : 'error'} label={t(r.ok ? 'stockui.settle.ok' : 'stockui.settle.notOk')} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
