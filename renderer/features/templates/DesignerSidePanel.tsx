import { useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { Translate } from '@shared/i18n';

type SideTab = 'properties' | 'printer';

/** The right-hand panel: 字段属性 and 打印机与校准 as tabs. */
export function DesignerSidePanel({ t, properties, printer }: { t: Translate; properties: ReactNode; printer: ReactNode }) {
  const [tab, setTab] = useState<SideTab>('properties');
  return (
    <Paper variant="outlined" sx={{ width: 360, flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Tabs value={tab} onChange={(_e, v: SideTab) => setTab(v)} variant="fullWidth" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="properties" label={t('designer.tab.properties')} />
        <Tab value="printer" label={t('designer.tab.printer')} />
      </Tabs>
      <Box role="tabpanel" aria-label={t(tab === 'properties' ? 'designer.tab.properties' : 'designer.tab.printer')} sx={{ p: 2, overflow: 'auto', flex: 1 }}>
        {tab === 'properties' ? properties : printer}
      </Box>
    </Paper>
  );
}
