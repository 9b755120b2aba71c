import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import type { ShipSource } from '@shared/shipping/ship-doc';
import type { Notice } from '../../../components/notice';
import { useT } from '../../../i18n/context';
import { money } from '../common/format';
import { useCustomer, useProductMap } from '../common/use-data';
import { useStepRunner } from '../common/use-step-runner';
import { slipHash } from '../shipping-route';
import { CountSection } from './CountSection';
import { PickingSection } from './PickingSection';
import { PostSection } from './PostSection';
import { RecipientSection } from './RecipientSection';
import { activeShipStep, shipSteps, type ShipStep } from './ship-steps';
import { useShipWork } from './use-ship-work';
import { WaybillSection } from './WaybillSection';

function Section({ title, reached, children }: { title: string; reached: boolean; children: ReactNode }) {
  if (!reached) return null;
  return (
    <Stack spacing={1} component="section" aria-label={title}>
      <Divider textAlign="left">
        <Typography variant="subtitle2">{title}</Typography>
      </Divider>
      {children}
    </Stack>
  );
}

/**
 * One document leaving by courier — a shipping slip or a courier exchange (EXC-2): the steps in order
 * (OUT-2, SHP-1, OUT-4, SHP-2, post), each shown once reached.
 */
export function ShipWorkspace({ source, onNotice }: { source: ShipSource; onNotice: (n: Notice) => void }) {
  const t = useT();
  const work = useShipWork(source);
  const products = useProductMap();
  const customer = useCustomer(work?.doc.customerId);
  const runner = useStepRunner(onNotice);
  if (!work || !products) return null;
  const { doc: slip } = work;
  const isExchange = slip.source.type === 'exchange';
  const step = activeShipStep(slip.status);
  const at = step === 'done' ? shipSteps.length : shipSteps.indexOf(step);
  const reached = (s: ShipStep) => shipSteps.indexOf(s) <= at;
  return (
    // Room at the bottom: the notice bar must not cover the last step's buttons.
    <Stack spacing={2} sx={{ p: 2, pb: 10 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <Typography variant="h3" component="h2">
          {t('shipui.work.slip', { no: slip.no, customer: customer?.name ?? '' })}
        </Typography>
        {isExchange && <Chip variant="outlined" color="secondary" label={t('shipui.work.exchange')} />}
        <Chip color={slip.voided ? 'error' : 'primary'} label={slip.voided ? t('slip.voided') : t(`slip.status.${slip.status}`)} />
        {isExchange ? (
          slip.remarks !== '' && <Typography color="text.secondary">{t('shipui.work.exchangeReason', { reason: slip.remarks })}</Typography>
        ) : (
          <>
            <Typography color="text.secondary">{money(slip.total)}</Typography>
            <Button size="small" href={slipHash(slip.source.id)}>
              {t('shipui.work.openSlip')}
            </Button>
          </>
        )}
      </Stack>
      {slip.voided && <Alert severity="error">{t('shipui.work.voided')}</Alert>}
      <Stepper activeStep={at} alternativeLabel>
        {shipSteps.map((s) => (
          <Step key={s}>
            <StepLabel>{t(`shipui.step.${s}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {runner.error && <Alert severity="error" onClose={runner.clearError}>{runner.error}</Alert>}
      <Section title={t('shipui.step.list')} reached>
        <RecipientSection work={work} customer={customer} products={products} runner={runner} />
      </Section>
      <Section title={t('shipui.step.picking')} reached={reached('picking')}>
        <PickingSection work={work} customer={customer} products={products} runner={runner} />
      </Section>
      <Section title={t('shipui.step.count')} reached={reached('count')}>
        <CountSection work={work} products={products} runner={runner} />
      </Section>
      <Section title={t('shipui.step.waybill')} reached={reached('waybill')}>
        <WaybillSection work={work} products={products} runner={runner} />
      </Section>
      <Section title={t('shipui.step.post')} reached={reached('post')}>
        <PostSection work={work} products={products} runner={runner} />
      </Section>
    </Stack>
  );
}
