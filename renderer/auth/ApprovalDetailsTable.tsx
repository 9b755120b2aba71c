import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ApprovalDetails } from './approval-context';

/** The lines an approval covers, shown above the supervisor's PIN so they sign what they read. */
export function ApprovalDetailsTable({ details }: { details: ApprovalDetails }) {
  const align = (i: number) => details.columns[i]?.align ?? 'left';
  return (
    <Table size="small" aria-label={details.caption} sx={{ mb: 2 }}>
      <TableHead>
        <TableRow>
          {details.columns.map((c) => (
            <TableCell key={c.label} align={c.align ?? 'left'}>{c.label}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {details.rows.map((row, r) => (
          <TableRow key={r}>
            {row.map((cell, i) => (
              <TableCell key={i} align={align(i)}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
        {details.footer && (
          <TableRow sx={{ '& td': { fontWeight: 700 } }}>
            {details.footer.map((cell, i) => (
              <TableCell key={i} align={align(i)}>{cell}</TableCell>
            ))}
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
