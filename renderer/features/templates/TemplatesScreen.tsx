import { useState } from 'react';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/context';
import { DesignerEditor } from './DesignerEditor';
import { TemplateList } from './TemplateList';
import { useTemplate, useTemplateList } from './use-templates';

/** The calibration page is printed by the wizard, not designed. */
const notDesigned = new Set(['calibration']);

function DesignerView({ id, onBack }: { id: string; onBack: () => void }) {
  const t = useT();
  const template = useTemplate(id);
  if (template === undefined) return <CircularProgress aria-label={t('designer.title')} />;
  if (template === null) return <Alert severity="error">{t('designer.failed', { message: id })}</Alert>;
  // Keyed by id only: a save updates the stored template, but the open editor keeps its own state.
  return <DesignerEditor key={id} initial={template} onBack={onBack} />;
}

/** 模板设计: the list of print templates, and the designer for the one opened. */
export function TemplatesScreen() {
  const t = useT();
  const entries = useTemplateList();
  const [openId, setOpenId] = useState<string | null>(null);
  if (openId) return <DesignerView id={openId} onBack={() => setOpenId(null)} />;
  return (
    <Stack spacing={1.5} component="section" aria-label={t('designer.title')}>
      <Typography variant="h2" component="h1">
        {t('designer.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('designer.intro')}
      </Typography>
      {entries ? (
        <TemplateList t={t} entries={entries.filter((e) => !notDesigned.has(e.template.id))} onOpen={setOpenId} />
      ) : (
        <CircularProgress aria-label={t('designer.title')} />
      )}
    </Stack>
  );
}
