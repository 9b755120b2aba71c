import { useMemo, useReducer, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { sampleData } from '@shared/templates/builtin';
import type { Template } from '@shared/templates/template';
import { useCan } from '../../auth';
import { NoticeSnackbar } from '../../components/NoticeSnackbar';
import { useLang, useT } from '../../i18n/context';
import { PrintPreviewDialog } from '../../print/PrintPreviewDialog';
import { templatePrintSource } from '../../print/template-print-source';
import { BackgroundControls, maxBackgroundMb } from './BackgroundControls';
import { ConfirmDialog } from './ConfirmDialog';
import { cssPxPerMm, DesignerCanvas } from './DesignerCanvas';
import { designerReducer, initialDesignerState, isDirty, selectedField } from './designer-state';
import { DesignerSidePanel } from './DesignerSidePanel';
import { DesignerToolbar, designerZoomSteps } from './DesignerToolbar';
import { PrinterPanel } from './PrinterPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { RefusalAlert } from './RefusalAlert';
import { useDesignerActions } from './use-designer-actions';
import { usePrinterChoice } from './use-printer-choice';
import { useUndoKeys } from './use-undo-keys';

/** The largest zoom step at which the whole page width fits beside the navigation and the side panel. */
function fittingZoom(widthMm: number): number {
  const available = window.innerWidth - 208 - 360 - 96;
  return [...designerZoomSteps].reverse().find((z) => widthMm * cssPxPerMm * (z / 100) <= available) ?? designerZoomSteps[0];
}

type Confirm = 'reset' | 'leave' | null;

/** The designer for one template: toolbar, the page with its fields, and the side panel. */
export function DesignerEditor({ initial, onBack }: { initial: Template; onBack: () => void }) {
  const t = useT();
  const [lang] = useLang();
  const [state, dispatch] = useReducer(designerReducer, initial, initialDesignerState);
  const [zoom, setZoom] = useState(() => fittingZoom(initial.paper.widthMm));
  const [showBackground, setShowBackground] = useState(true);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const canManage = useCan('settings.manage');
  const actions = useDesignerActions(dispatch, t);
  const choice = usePrinterChoice(initial.id);
  const sample = useMemo(() => sampleData(initial.id), [initial.id]);
  const { template } = state;
  const dirty = isDirty(state);
  useUndoKeys(dispatch, !previewOpen && confirm === null);

  const source = useMemo(
    () => (previewOpen ? templatePrintSource(template, [sample], { profile: choice.profile, printerName: choice.printerName || undefined, lang }) : null),
    [previewOpen, template, sample, choice.profile, choice.printerName, lang],
  );

  return (
    <Stack spacing={1.5} sx={{ height: '100%', minHeight: 0 }} component="section" aria-label={t('designer.title')}>
      <DesignerToolbar
        t={t} name={template.name} dirty={dirty} canUndo={state.undo.length > 0} canRedo={state.redo.length > 0}
        canManage={canManage} busy={actions.busy} zoom={zoom} onZoom={setZoom}
        onBack={() => (dirty ? setConfirm('leave') : onBack())}
        onUndo={() => dispatch({ type: 'undo' })}
        onRedo={() => dispatch({ type: 'redo' })}
        onSave={() => void actions.save(template)}
        onReset={() => setConfirm('reset')}
        onExport={() => void actions.exportJson(template)}
        onImport={(file) => void actions.importJson(file, template)}
        onPreview={() => setPreviewOpen(true)}
        background={
          <BackgroundControls
            t={t} background={template.background} shown={showBackground} onShown={setShowBackground}
            onChange={(background) => dispatch({ type: 'background', background })}
            onTooLarge={() => actions.setError(t('designer.background.tooLarge', { max: maxBackgroundMb }))}
          />
        }
      />
      {!canManage && <Alert severity="info">{t('designer.readOnly')}</Alert>}
      <RefusalAlert refusal={actions.refusal} onClose={actions.clearRefusal} />
      <Stack direction="row" spacing={2} sx={{ flex: 1, minHeight: 0 }}>
        <Stack spacing={1} sx={{ flex: 1, minWidth: 0, minHeight: 0 }}>
          <Typography variant="caption" color="text.secondary">
            {t('designer.canvasHint')}
          </Typography>
          <Box sx={{ flex: 1, overflow: 'auto', bgcolor: 'grey.200', p: 3, borderRadius: 1 }}>
            <DesignerCanvas
              template={template} selected={state.selected} sample={sample} zoomPercent={zoom}
              showBackground={showBackground} dispatch={dispatch} t={t}
            />
          </Box>
        </Stack>
        <DesignerSidePanel
          t={t}
          properties={<PropertiesPanel field={selectedField(state)} index={state.selected} dispatch={dispatch} t={t} />}
          printer={
            <PrinterPanel
              t={t} lang={lang} template={template} choice={choice} canManage={canManage} busy={actions.busy}
              onSaveProfile={(printerName, profile) => actions.saveProfile(printerName, template.id, profile)}
            />
          }
        />
      </Stack>
      <PrintPreviewDialog open={previewOpen} onClose={() => setPreviewOpen(false)} doc={source} />
      <ConfirmDialog
        open={confirm === 'reset'} t={t} title={t('designer.resetConfirmTitle')} text={t('designer.resetConfirm', { name: template.name })}
        confirmLabel={t('designer.reset')} onConfirm={() => void actions.reset(template.id)} onClose={() => setConfirm(null)}
      />
      <ConfirmDialog
        open={confirm === 'leave'} t={t} title={t('designer.leaveConfirmTitle')} text={t('designer.leaveConfirm')}
        confirmLabel={t('designer.leave')} onConfirm={onBack} onClose={() => setConfirm(null)}
      />
      <NoticeSnackbar notice={actions.notice} onClose={actions.clearNotice} />
    </Stack>
  );
}
