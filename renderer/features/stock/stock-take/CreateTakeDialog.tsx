import { useMemo, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { StockTakeScope } from '@shared/stock/stock-take';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { createStockTake } from '../../../db/stock-take-repo';
import { useT } from '../../../i18n/context';
import { productLabel } from '../../../components/pickers/ProductPicker';
import { noRefusal, refusalOf, type Refusal } from '../../../components/refusal';
import { ToggleField } from '../../../components/ToggleField';
import { useProductMap, type StoredProduct } from '../common/use-products';

interface Props {
  onClose: () => void;
  onCreated: (id: number) => void;
}

const scopeKinds = ['all', 'products', 'locations'] as const;
type ScopeKind = (typeof scopeKinds)[number];

function scopeOf(kind: ScopeKind, products: readonly StoredProduct[], locations: readonly string[]): StockTakeScope {
  if (kind === 'products') return { kind, productIds: products.map((p) => p.id) };
  if (kind === 'locations') return { kind, locations: [...locations] };
  return { kind };
}

/** 新建盘点 (WH-2): all products, chosen products or chosen locations; blind or not. The book quantity is frozen now. */
export function CreateTakeDialog({ onClose, onCreated }: Props) {
  const t = useT();
  const actor = useActor();
  const all = useProductMap();
  const active = useMemo(() => [...(all?.values() ?? [])].filter((p) => p.active).sort((a, b) => a.code.localeCompare(b.code)), [all]);
  const locations = useMemo(() => [...new Set(active.map((p) => p.location).filter((l) => l !== ''))].sort(), [active]);
  const [kind, setKind] = useState<ScopeKind>('all');
  const [products, setProducts] = useState<StoredProduct[]>([]);
  const [chosenLocations, setLocations] = useState<string[]>([]);
  const [blind, setBlind] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onCreated(await createStockTake(getDb(), actor, { scope: scopeOf(kind, products, chosenLocations), blind }));
    } catch (err) {
      setRefusal(refusalOf(t, err, () => false));
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="take-create-title">
      <form noValidate onSubmit={(e) => void submit(e)}>
        <DialogTitle id="take-create-title">{t('stockui.take.createTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <ToggleField label={t('stockui.take.scope')} value={kind} onChange={(k) => (setKind(k), setRefusal(noRefusal))} options={scopeKinds.map((k) => ({ value: k, label: t(`stock.take.scope.${k}`) }))} />
            {kind === 'products' && (
              <Autocomplete multiple size="small" options={active} value={products} onChange={(_e, v) => setProducts(v)} getOptionLabel={productLabel}
                isOptionEqualToValue={(a, b) => a.id === b.id} renderInput={(p) => <TextField {...p} label={t('stockui.take.pickProducts')} />} />
            )}
            {kind === 'locations' && (
              <Autocomplete multiple size="small" options={locations} value={chosenLocations} onChange={(_e, v) => setLocations(v)}
                renderInput={(p) => <TextField {...p} label={t('stockui.take.pickLocations')} />} />
            )}
            <FormControlLabel control={<Checkbox checked={blind} onChange={(e) => setBlind(e.target.checked)} />} label={t('stock.take.blind')} />
            {refusal.message && <Alert severity="error">{refusal.message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('stockui.take.new')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
