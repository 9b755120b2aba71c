import { useState, type ReactNode } from 'react';
import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { Notice } from '../../components/notice';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useT } from '../../i18n/context';
import { CarriersDialog } from './carriers/CarriersDialog';
import { CallbackTab } from './follow/CallbackTab';
import { ChaseTab } from './follow/ChaseTab';
import { LogTab } from './log/LogTab';
import { shippingTabs, type ShippingRoute, type ShippingTab } from './shipping-route';
import { useShippingRoute } from './use-shipping-route';
import { WorkTab } from './work/WorkTab';

function panel(route: ShippingRoute, go: (r: ShippingRoute) => void, onNotice: (n: Notice) => void): ReactNode {
  switch (route.tab) {
    case 'work':
      return <WorkTab open={route.doc} onOpen={(doc) => go({ tab: 'work', doc })} onNotice={onNotice} />;
    case 'log':
      return <LogTab onNotice={onNotice} />;
    case 'chase':
      return <ChaseTab onNotice={onNotice} />;
    case 'callback':
      return <CallbackTab onNotice={onNotice} />;
  }
}

/** 发货: the shipping steps of each slip and courier exchange, the day's shipment log, and the chase and callback queues. */
export function ShippingScreen() {
  const t = useT();
  const [route, go] = useShippingRoute();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [carriers, setCarriers] = useState(false);
  return (
    <Stack spacing={1} sx={{ height: '100%' }} component="section" aria-label={t('nav.shipping')}>
      <Stack direction="row" sx={{ alignItems: 'center' }}>
        <Typography variant="h2" component="h1" sx={{ flexGrow: 1 }}>
          {t('nav.shipping')}
        </Typography>
        <Button startIcon={<SettingsIcon />} onClick={() => setCarriers(true)}>
          {t('shipui.carriers')}
        </Button>
      </Stack>
      <Tabs value={route.tab} onChange={(_e, tab: ShippingTab) => go({ tab, doc: null })} aria-label={t('shipui.tabs')} sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}>
        {shippingTabs.map((id) => (
          <Tab key={id} value={id} label={t(`shipui.tab.${id}`)} sx={{ minHeight: 40 }} />
        ))}
      </Tabs>
      <Box role="tabpanel" aria-label={t(`shipui.tab.${route.tab}`)} sx={{ flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        {panel(route, go, setNotice)}
      </Box>
      {carriers && <CarriersDialog onClose={() => setCarriers(false)} onNotice={setNotice} />}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
