import { useState } from 'react';
import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { sourceKey, type ShipSource } from '@shared/shipping/ship-doc';
import { useCan } from '../../../auth';
import type { Notice } from '../../../components/notice';
import { useT } from '../../../i18n/context';
import { BatchWaybillDialog } from './BatchWaybillDialog';
import { ShipSlipList } from './ShipSlipList';
import { ShipWorkspace } from './ShipWorkspace';

interface Props {
  open: ShipSource | null;
  onOpen: (doc: ShipSource) => void;
  onNotice: (n: Notice) => void;
}

/** 发货办理: the shipping slips and courier exchanges in progress on the left, the chosen one's steps on the right. */
export function WorkTab({ open, onOpen, onNotice }: Props) {
  const t = useT();
  const mayPack = useCan('shipment.waybill');
  const [batch, setBatch] = useState(false);
  return (
    <Stack direction="row" spacing={2} sx={{ flexGrow: 1, minHeight: 0, pt: 1 }}>
      <Paper variant="outlined" sx={{ width: 300, flexShrink: 0, overflowY: 'auto', display: 'flex', flexDirection: 'column' }}>
        {mayPack && (
          <Button startIcon={<PrintIcon />} onClick={() => setBatch(true)} sx={{ m: 1 }} variant="outlined">
            {t('shipui.work.batch')}
          </Button>
        )}
        <ShipSlipList selected={open} onOpen={onOpen} />
      </Paper>
      <Paper variant="outlined" sx={{ flexGrow: 1, overflowY: 'auto' }}>
        {open === null ? (
          <Box sx={{ p: 3 }}>
            <Typography color="text.secondary">{t('shipui.work.pick')}</Typography>
          </Box>
        ) : (
          <ShipWorkspace key={sourceKey(open)} source={open} onNotice={onNotice} />
        )}
      </Paper>
      {batch && <BatchWaybillDialog onClose={() => setBatch(false)} onNotice={onNotice} />}
    </Stack>
  );
}
