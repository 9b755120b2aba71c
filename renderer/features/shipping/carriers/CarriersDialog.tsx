import { useState, type FormEvent } from 'react';
import AddIcon from '@mui/icons-material/Add';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { phoneIssue } from '@shared/domain/customer';
import type { Carrier } from '@shared/shipping/carriers';
import type { WaybillParty } from '@shared/templates/builtin/waybill-data';
import { useActor, useCan } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { saveShippingSetup } from '../../../db/carriers-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { carrierName } from '../common/carrier-name';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { useSender } from '../common/sender';
import { useCarriers } from '../common/use-data';
import { moveUp } from './carrier-list';

/** 快递公司设置: the editable carrier list (code, name, tracking page, active, order) and the sender on waybills. */
export function CarriersDialog({ onClose, onNotice }: { onClose: () => void; onNotice: (n: Notice) => void }) {
  const stored = useCarriers();
  const sender = useSender();
  // Both must be read before the form takes its starting values: it keeps them from then on.
  if (!stored || !sender) return null;
  return <CarriersForm initial={stored} sender={sender} onClose={onClose} onNotice={onNotice} />;
}

function CarriersForm({ initial, sender: initialSender, onClose, onNotice }: { initial: Carrier[]; sender: WaybillParty; onClose: () => void; onNotice: (n: Notice) => void }) {
  const t = useT();
  const actor = useActor();
  const mayEdit = useCan('shipment.pack');
  const [list, setList] = useState(() => initial.map((c) => ({ ...c, name: carrierName(initial, c.code, t) })));
  const [sender, setSender] = useState(initialSender);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);
  const set = (i: number, c: Partial<Carrier>) => setList(list.map((x, j) => (j === i ? { ...x, ...c } : x)));
  const at = (i: number, f: keyof Carrier) => refusal.fields[`carriers.${i}.${f}`];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The sender's phone prints on every waybill: the same phone rule as any other phone field.
    const badPhone = sender.phone.trim() === '' ? null : phoneIssue(sender.phone, 'sender.phone', 'call.error.badPhone');
    if (badPhone) return setRefusal(refusalFromIssues(t, [badPhone], () => true));
    setBusy(true);
    try {
      await saveShippingSetup(getDb(), actor, list, sender);
      onNotice({ severity: 'success', text: t('shipui.carriers.saved') });
      onClose();
    } catch (err) {
      setRefusal(refusalOf(t, err, (p) => p.startsWith('carriers.')));
    } finally {
      setBusy(false);
    }
  };

  const cell = (i: number, f: 'code' | 'name' | 'trackingUrl', width?: number) => (
    <TextField size="small" value={list[i]?.[f] ?? ''} onChange={(e) => set(i, { [f]: e.target.value })} error={at(i, f) !== undefined} helperText={at(i, f)}
      disabled={!mayEdit} sx={{ width }} fullWidth={width === undefined} slotProps={{ htmlInput: { 'aria-label': `${t(f === 'trackingUrl' ? 'shipui.carriers.url' : `shipui.carriers.${f}`)} ${i + 1}` } }} />
  );

  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="carriers-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="carriers-title">{t('shipui.carriers.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('shipui.carriers.code')}</TableCell>
                  <TableCell>{t('shipui.carriers.name')}</TableCell>
                  <TableCell>{t('shipui.carriers.url')}</TableCell>
                  <TableCell>{t('shipui.carriers.active')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {list.map((c, i) => (
                  <TableRow key={i}>
                    <TableCell>{cell(i, 'code', 90)}</TableCell>
                    <TableCell>{cell(i, 'name', 130)}</TableCell>
                    <TableCell>{cell(i, 'trackingUrl')}</TableCell>
                    <TableCell>
                      <Checkbox checked={c.active} disabled={!mayEdit} onChange={(e) => set(i, { active: e.target.checked })} slotProps={{ input: { 'aria-label': `${t('shipui.carriers.active')} ${i + 1}` } }} />
                    </TableCell>
                    <TableCell>
                      <IconButton aria-label={t('shipui.carriers.up')} disabled={!mayEdit || i === 0} onClick={() => setList(moveUp(list, i))}>
                        <ArrowUpwardIcon fontSize="small" />
                      </IconButton>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {mayEdit && (
              <Button size="small" startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => setList([...list, { code: '', name: '', trackingUrl: '', active: true }])}>
                {t('shipui.carriers.add')}
              </Button>
            )}
            <Typography variant="subtitle2">{t('shipui.sender.title')}</Typography>
            <Stack direction="row" spacing={1.5}>
              <TextField size="small" label={t('shipui.sender.name')} value={sender.name} disabled={!mayEdit} onChange={(e) => setSender({ ...sender, name: e.target.value })} />
              <TextField size="small" label={t('shipui.sender.phone')} value={sender.phone} disabled={!mayEdit} onChange={(e) => setSender({ ...sender, phone: e.target.value })}
                error={refusal.fields['sender.phone'] !== undefined} helperText={refusal.fields['sender.phone']} />
              <TextField size="small" label={t('shipui.sender.address')} value={sender.address} disabled={!mayEdit} onChange={(e) => setSender({ ...sender, address: e.target.value })} sx={{ flexGrow: 1 }} />
            </Stack>
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          {mayEdit && (
            <Button type="submit" variant="contained" disabled={busy}>
              {t('action.save')}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
