import { useState } from 'react';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { StockTake } from '@shared/stock/stock-take';
import { useCan } from '../../../auth';
import { StockSlipsDialog } from '../../../components/stock-slips/StockSlipsDialog';
import type { Notice } from '../../../components/notice';
import { useLang, useT } from '../../../i18n/context';
import { ReportButtons } from '../common/ReportButtons';
import { useProductMap } from '../common/use-products';
import { countSheetExportTable, countSheetPrintTable } from './count-sheet-report';
import { CountTable } from './CountTable';
import { scopeText, takeSummary } from './take-form';
import { useTakeEntry } from './use-take-entry';
import { useBookChanged, useCountSheet } from './use-takes';

interface Props {
  take: StockTake & { id: number };
  onBack: () => void;
  onNotice: (notice: Notice) => void;
}

/** One stock take: print/export the count sheet, enter the counts and reasons, post with the supervisor's approval. */
export function TakeDetail({ take, onBack, onNotice }: Props) {
  const t = useT();
  const [lang] = useLang();
  const mayCount = useCan('stock.receive');
  const products = useProductMap();
  const sheet = useCountSheet(take.id);
  const changed = useBookChanged(take.id);
  const entry = useTakeEntry(take, onNotice);
  const posted = take.status === 'posted';
  const [slipsOpen, setSlipsOpen] = useState(false);
  const changedCodes = (changed ?? []).map((id) => products?.get(id)?.code ?? `#${id}`);

  return (
    <Stack spacing={1.5} sx={{ flexGrow: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Button startIcon={<ArrowBackIcon />} onClick={onBack}>{t('stockui.take.back')}</Button>
        <Typography variant="h3" component="h2">{take.docNo}</Typography>
        <Chip size="small" color={posted ? 'success' : 'info'} label={t(`stockui.take.status.${take.status}`)} />
        {take.blind && <Chip size="small" variant="outlined" label={t('stockui.take.blindTag')} />}
        <Typography variant="body2" color="text.secondary">{`${scopeText(t, take.scope, t('list.separator'))} · ${takeSummary(t, entry.preview)}`}</Typography>
        <Box sx={{ flexGrow: 1 }} />
        <ReportButtons printLabel={t('stockui.take.printSheet')} exportLabel={t('stockui.take.exportSheet')} onNotice={onNotice} disabled={sheet === undefined}
          makePrint={() => countSheetPrintTable(take, sheet ?? [], lang, Date.now())} makeExport={() => countSheetExportTable(take, sheet ?? [], lang)} />
        {posted && <Button variant="outlined" onClick={() => setSlipsOpen(true)}>{t('stockui.slip.open')}</Button>}
        {mayCount && !posted && (
          <>
            <Button variant="outlined" disabled={entry.busy} onClick={() => void entry.save()}>{t('stockui.take.saveCounts')}</Button>
            <Button variant="contained" disabled={entry.busy} onClick={() => void entry.post()}>{t('stockui.take.post')}</Button>
          </>
        )}
      </Stack>
      {!posted && changedCodes.length > 0 && <Alert severity="warning">{`${t('stock.take.bookChanged')}: ${changedCodes.join(t('list.separator'))}`}</Alert>}
      {entry.refusal.message && <Alert severity="error">{entry.refusal.message}</Alert>}
      <Box sx={{ flexGrow: 1, minHeight: 200, overflow: 'auto' }}>
        <CountTable lines={posted ? take.lines : entry.preview} products={products} inputs={entry.inputs} onInput={entry.setInput} errors={entry.refusal.fields}
          hideBook={take.blind && !posted} readOnly={posted || !mayCount} />
      </Box>
      {slipsOpen && <StockSlipsDialog target={{ ref: { type: 'stockTake', id: take.id } }} onClose={() => setSlipsOpen(false)} />}
    </Stack>
  );
}
