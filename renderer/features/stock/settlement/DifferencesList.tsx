import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { SettlementDifference } from '@shared/stock/settlement';
import { useT } from '../../../i18n/context';
import { differenceGroups, problemText, type ProductNames } from './settlement-view';

interface Props {
  differences: readonly SettlementDifference[];
  explanations: Readonly<Record<string, string>>;
  /** Null when the day is locked: the kept explanations are shown, not edited. */
  onExplain: ((key: string, text: string) => void) | null;
  errors: Readonly<Record<string, string>>;
  products: ProductNames;
}

/** WH-1: every mismatch listed by document with what is missing, each with the keeper's explanation. */
export function DifferencesList({ differences, explanations, onExplain, errors, products }: Props) {
  const t = useT();
  if (differences.length === 0) return <Alert severity="success">{t('stockui.settle.noDifferences')}</Alert>;
  return (
    <Stack spacing={1.5} role="list" aria-label={t('stockui.settle.differences')}>
      <Alert severity="error">{t('stockui.settle.mismatchCount', { count: differences.length })}</Alert>
      {differenceGroups(differences).map((g) => (
        <Paper key={g.docNo} variant="outlined" sx={{ p: 1.5 }} role="listitem" aria-label={g.docNo}>
          <Typography variant="subtitle2" component="h3" sx={{ fontFamily: 'monospace' }}>{g.docNo}</Typography>
          <Stack spacing={1} sx={{ mt: 0.5 }}>
            {g.differences.map((d) => (
              <Stack key={d.key} spacing={0.5}>
                <Typography variant="body2" color="error.main">{problemText(t, d, products)}</Typography>
                {onExplain ? (
                  <TextField size="small" label={t('stock.settlement.field.explanation')} value={explanations[d.key] ?? ''} onChange={(e) => onExplain(d.key, e.target.value)}
                    error={errors[`explanations.${d.key}`] !== undefined} helperText={errors[`explanations.${d.key}`]} />
                ) : (
                  <Typography variant="body2" color="text.secondary">{`${t('stock.settlement.field.explanation')}: ${explanations[d.key] ?? ''}`}</Typography>
                )}
              </Stack>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
