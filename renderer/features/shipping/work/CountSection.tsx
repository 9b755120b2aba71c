import { useState } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { requiredCounts } from '@shared/slips/double-count';
import type { MovementLine } from '@shared/stock/ledger';
import { ValidationError } from '@shared/validation';
import { ActionButton, useActor } from '../../../auth';
import { SecondPersonDialog } from '../../../components/SecondPersonDialog';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { when } from '../common/format';
import type { StepRunner } from '../common/use-step-runner';
import type { StoredProduct } from '../common/use-data';
import { countRows, differingProducts } from './count-form';
import { CountDialog } from './CountDialog';
import { shipApi } from './ship-api';
import type { ShipWork } from './use-ship-work';

interface Props {
  work: ShipWork;
  products: ReadonlyMap<number, StoredProduct>;
  runner: StepRunner;
}

type Phase = { kind: 'count' } | { kind: 'confirm'; lines: MovementLine[] } | null;

/**
 * OUT-4 两人清点: each count is typed and confirmed by its counter's own PIN; the same person twice is
 * refused, and a count that differs from the picking list stops the shipment until two counts match.
 */
export function CountSection({ work, products, runner }: Props) {
  const t = useT();
  const actor = useActor();
  const { doc: slip } = work;
  const api = shipApi(slip.source);
  const pick = useLiveQuery(() => api.pickingList(getDb()), [slip.source.type, slip.source.id]);
  const [phase, setPhase] = useState<Phase>(null);
  const [differing, setDiffering] = useState<Set<number>>(new Set());

  const record = (lines: MovementLine[], counter: { staffId: number; name: string; at: number }) =>
    void runner
      .run(async () => {
        try {
          await api.recordCount(getDb(), actor, counter, lines);
        } catch (e) {
          if (e instanceof ValidationError) setDiffering(differingProducts(e.issues));
          throw e;
        }
        setDiffering(new Set());
        return t('shipui.count.recorded', { name: counter.name });
      })
      .then((ok) => setPhase(ok ? null : { kind: 'count' }));

  return (
    <Stack spacing={1}>
      <Typography variant="body2">{t('shipui.count.progress', { n: slip.counts.length })}</Typography>
      {slip.counts.map((c) => (
        <Typography key={c.staffId} variant="body2" color="text.secondary">
          {t('shipui.count.entry', { name: c.name, time: when(c.at) })}
        </Typography>
      ))}
      {slip.status === 'picking' && slip.counts.length < requiredCounts && (
        <ActionButton needs="shipment.pack" variant="contained" sx={{ alignSelf: 'flex-start' }} disabled={runner.busy || !pick} onClick={() => (runner.clearError(), setPhase({ kind: 'count' }))}>
          {t('shipui.count.button')}
        </ActionButton>
      )}
      {phase?.kind === 'count' && pick && (
        <CountDialog
          rows={countRows(pick)}
          products={products}
          differing={differing}
          error={runner.error}
          onClose={() => setPhase(null)}
          onCounted={(lines) => setPhase({ kind: 'confirm', lines })}
        />
      )}
      {phase?.kind === 'confirm' && (
        <SecondPersonDialog
          title={t('shipui.count.confirmTitle')}
          description={t('shipui.count.confirmDescription')}
          action="shipment.pack"
          allowSelf
          onDone={(counter) => (counter ? record(phase.lines, counter) : setPhase({ kind: 'count' }))}
        />
      )}
    </Stack>
  );
}
