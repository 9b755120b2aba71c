import { useState } from 'react';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import dayjs from 'dayjs';
import { canSettleDay } from '@shared/stock/settlement-time';
import { useActor, useCan } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import { settleDay } from '../../../db/settlement-repo';
import type { DayState } from '../../../db/stock-rows';
import { useLang, useT } from '../../../i18n/context';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';
import { ReportButtons } from '../common/ReportButtons';
import { useProductMap } from '../common/use-products';
import { DayTotalsTable } from './DayTotalsTable';
import { DifferencesList } from './DifferencesList';
import { ReopenDialog } from './ReopenDialog';
import { RequestReopenDialog } from './RequestReopenDialog';
import { settlementExportTable, settlementPrintTables } from './settlement-report';
import { MatchesTable } from './MatchesTable';
import { checkedText, matchRows, settleBlocker, settlementRows, unexplained } from './settlement-view';
import { useDayReport } from './use-settlement';

interface Props {
  day: string;
  dayState: DayState | undefined;
  now: number;
  settlementTime: string;
  onNotice: (notice: Notice) => void;
}

const isField = (path: string) => path.startsWith('explanations.');

/** One day's settlement: totals, differences to explain, 日结; a settled day's report, print, export, reopen. */
export function DayPanel({ day, dayState, now, settlementTime, onNotice }: Props) {
  const t = useT();
  const [lang] = useLang();
  const actor = useActor();
  const maySettle = useCan('settlement.settle');
  const mayApprove = useCan('approve');
  const products = useProductMap() ?? new Map();
  const state = dayState?.status ?? 'open';
  const report = useDayReport(day, state === 'settled');
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [reopening, setReopening] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const missing = report ? unexplained(report.result, explanations).length : 0;
  const blocker = settleBlocker(state, canSettleDay(day, now, settlementTime), missing);
  const shown = report?.settled?.explanations ?? explanations;
  const reportInput = report && { ...report, explanations, products, lang };

  const settle = async () => {
    setBusy(true);
    try {
      await settleDay(getDb(), actor, day, explanations);
      setRefusal(noRefusal);
      onNotice({ severity: 'success', text: t('stockui.settle.done', { day }) });
    } catch (e) {
      setRefusal(refusalOf(t, e, isField));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1.5} sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Chip color={state === 'settled' ? 'success' : state === 'reopened' ? 'warning' : 'default'} label={t(`stockui.settle.state.${state}`)} />
        {dayState && <Typography variant="body2" color="text.secondary">{t('stockui.settle.settledBy', { name: dayState.settledByName, time: dayjs(dayState.settledAt).format('YYYY-MM-DD HH:mm') })}</Typography>}
        {report && <Typography variant="body2" data-testid="settle-checked">{checkedText(t, report.result)}</Typography>}
        <Box sx={{ flexGrow: 1 }} />
        {reportInput && (
          <ReportButtons printLabel={t('stockui.settle.printReport')} exportLabel={t('stockui.settle.exportReport')} onNotice={onNotice}
            makePrint={() => settlementPrintTables({ ...reportInput, now: Date.now() })} makeExport={() => settlementExportTable({ ...reportInput, now: Date.now() })} />
        )}
        {maySettle && state === 'settled' && (
          <Button variant="outlined" startIcon={<LockOpenIcon />} onClick={() => setReopening(true)}>
            {t('stockui.settle.reopen')}
          </Button>
        )}
        {maySettle && !mayApprove && state === 'settled' && (
          <Button variant="outlined" onClick={() => setAsking(true)}>
            {t('apprui.reopen.request')}
          </Button>
        )}
        {maySettle && state !== 'settled' && (
          <Button variant="contained" disabled={blocker !== null || busy || !report} onClick={() => void settle()}>
            {t('stockui.settle.button')}
          </Button>
        )}
      </Stack>
      {blocker === 'notOpenYet' && <Alert severity="info">{t('stock.settlement.notOpenYet', { time: settlementTime })}</Alert>}
      {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
      <Typography variant="subtitle1" component="h2">{t('stockui.settle.totals')}</Typography>
      {report && <DayTotalsTable rows={settlementRows(report.result, products)} />}
      <Typography variant="subtitle1" component="h2">{t('stockui.settle.matches')}</Typography>
      {report && <MatchesTable rows={matchRows(t, report.result)} />}
      <Typography variant="subtitle1" component="h2">{t('stockui.settle.differences')}</Typography>
      {report && (
        <DifferencesList differences={report.result.differences} explanations={shown} errors={refusal.fields} products={products}
          onExplain={state === 'settled' ? null : (key, text) => (setExplanations((x) => ({ ...x, [key]: text })), setRefusal(noRefusal))} />
      )}
      {reopening && (
        <ReopenDialog day={day} onClose={() => setReopening(false)}
          onReopened={() => (setReopening(false), onNotice({ severity: 'success', text: t('stockui.settle.reopened', { day }) }))} />
      )}
      {asking && (
        <RequestReopenDialog day={day} onClose={() => setAsking(false)}
          onSubmitted={() => (setAsking(false), onNotice({ severity: 'success', text: t('apprui.submitted') }))} />
      )}
    </Stack>
  );
}
