import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import type { MovementLine } from '@shared/stock/ledger';
import { issuesByPath } from '../../../i18n/issue-text';
import { useT } from '../../../i18n/context';
import type { StoredProduct } from '../common/use-data';
import { readCount, type CountRow } from './count-form';

interface Props {
  rows: CountRow[];
  products: ReadonlyMap<number, StoredProduct>;
  /** Products the last refused count differed on (OUT-4: the shipment stops; recount). */
  differing: ReadonlySet<number>;
  error: string | null;
  onClose: () => void;
  /** The counted lines; the counter then confirms with their PIN. */
  onCounted: (lines: MovementLine[]) => void;
}

/** OUT-4: one person's count, product by product, as counted on the bench (nothing prefilled). */
export function CountDialog({ rows: initial, products, differing, error, onClose, onCounted }: Props) {
  const t = useT();
  const [rows, setRows] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readCount(rows);
    setErrors(issuesByPath(t, read.issues));
    if (read.issues.length === 0) onCounted(read.lines);
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="count-title">
      <form noValidate data-enter-next onSubmit={submit}>
        <DialogTitle id="count-title">{t('shipui.count.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('shipui.count.description')}</DialogContentText>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('shipui.pick.col.name')}</TableCell>
                <TableCell align="right">{t('shipui.count.expected')}</TableCell>
                <TableCell align="right">{t('shipui.count.counted')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r, i) => {
                const p = products.get(r.productId);
                const name = p ? `${p.code} ${p.name}` : `#${r.productId}`;
                const message = errors[`rows.${i}`] ?? (differing.has(r.productId) ? t('shipui.count.differs') : undefined);
                return (
                  <TableRow key={r.productId}>
                    <TableCell>{name}</TableCell>
                    <TableCell align="right">{r.expected}</TableCell>
                    <TableCell align="right">
                      <TextField
                        size="small"
                        value={r.counted}
                        autoFocus={i === 0}
                        onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, counted: e.target.value } : x)))}
                        error={message !== undefined}
                        helperText={message}
                        sx={{ width: 110 }}
                        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', 'aria-label': `${t('shipui.count.counted')} ${name}` } }}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('action.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
