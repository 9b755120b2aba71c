import { useMemo, useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { toIsoDate } from '@shared/domain/local-date';
import { pendingSignOff } from '@shared/slips/validate-slip';
import { Can, useCan } from '../../auth';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useNewRequest } from '../../components/use-new-request';
import { useT } from '../../i18n/context';
import { DayBar } from '../../components/DayBar';
import { useProductMap } from './common/use-products';
import { SlipDetailDialog } from './detail/SlipDetailDialog';
import { SlipFormDialog, type SlipFormMode } from './form/SlipFormDialog';
import { SlipList } from './list/SlipList';
import { filterSlipRows, slipRow } from './list/slip-rows';
import { useOpenSlip } from './use-open-slip';
import { useCustomersByIds, useSlipsOfDay } from './use-slips';

/** 购销单: the day's slips with search, a new slip, and one slip's details and steps. */
export function SlipsScreen() {
  const t = useT();
  const [day, setDay] = useState(() => toIsoDate(Date.now()));
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<SlipFormMode | null>(null);
  const [openId, openSlip] = useOpenSlip();
  const [notice, setNotice] = useState<Notice | null>(null);
  const slips = useSlipsOfDay(day);
  const customers = useCustomersByIds(slips?.map((s) => s.customerId) ?? []);
  const products = useProductMap();
  // F3 anywhere comes here as `#/slips?new=1`: a new slip's form opens.
  useNewRequest(() => setForm({ kind: 'new' }), useCan('slip.create'));

  const rows = useMemo(() => {
    const all = (slips ?? []).map((s) => slipRow(s, customers?.get(s.customerId), t, products ? pendingSignOff(s, products).length > 0 : false));
    return filterSlipRows(all, query);
  }, [slips, customers, products, query, t]);

  return (
    <Stack spacing={1.5} sx={{ height: '100%' }} component="section" aria-label={t('nav.slips')}>
      <Typography variant="h2" component="h1">
        {t('nav.slips')}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <DayBar day={day} onDay={setDay} />
        <TextField size="small" type="search" label={t('slipsui.search')} value={query} onChange={(e) => setQuery(e.target.value)} sx={{ width: 260 }} />
        <Box sx={{ flexGrow: 1 }} />
        <Can action="slip.create">
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setForm({ kind: 'new' })}>
            {t('slipsui.new')}
          </Button>
        </Can>
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <SlipList rows={rows} loading={slips === undefined} onOpen={openSlip} />
      </Box>
      {form && (
        <SlipFormDialog
          mode={form}
          onClose={() => setForm(null)}
          onSaved={(saved) => {
            setForm(null);
            setDay(saved.day);
            // OUT-7: an edit that let the sign-off lapse says so as it saves (the slip then asks again).
            const lapsed = saved.lapsedApprovals?.at === saved.updatedAt && saved.lapsedApprovals.kinds.includes('signOff');
            setNotice(lapsed ? { severity: 'warning', text: t('slipsui.form.savedLapsed', { no: saved.no }) } : { severity: 'success', text: t('slipsui.form.saved', { no: saved.no }) });
            openSlip(saved.id);
          }}
        />
      )}
      {openId !== null && form === null && (
        <SlipDetailDialog
          id={openId}
          onClose={() => openSlip(null)}
          onNotice={setNotice}
          onEdit={(slip) => setForm({ kind: 'edit', slip })}
          onReissue={(old) => setForm({ kind: 'replace', old })}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
