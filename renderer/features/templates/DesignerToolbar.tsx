import { useRef, type ReactElement, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import RedoIcon from '@mui/icons-material/Redo';
import RestoreIcon from '@mui/icons-material/Restore';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import type { Translate } from '@shared/i18n';

export const designerZoomSteps = [50, 75, 100, 125, 150, 200] as const;

export interface DesignerToolbarProps {
  t: Translate;
  name: string;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  canManage: boolean;
  busy: boolean;
  zoom: number;
  onZoom: (zoom: number) => void;
  onBack: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onReset: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onPreview: () => void;
  /** The background-scan controls, shown in the second row. */
  background: ReactNode;
}

function Tip({ title, children }: { title: string; children: ReactElement }) {
  // The span keeps the tooltip working on a disabled button.
  return (
    <Tooltip title={title}>
      <span>{children}</span>
    </Tooltip>
  );
}

/** The designer's two rows: back, name and the main actions; then undo/redo, zoom and the file actions. */
export function DesignerToolbar(p: DesignerToolbarProps) {
  const { t } = p;
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Tip title={t('designer.back')}>
          <IconButton aria-label={t('designer.back')} onClick={p.onBack}>
            <ArrowBackIcon />
          </IconButton>
        </Tip>
        <Typography variant="h2" component="h1">
          {t('designer.title')}
        </Typography>
        <Typography variant="h3" component="h2" color="text.secondary">
          {p.name}
        </Typography>
        {p.dirty && <Chip size="small" color="warning" label={t('designer.unsaved')} />}
        <Stack direction="row" spacing={1} sx={{ ml: 'auto !important' }}>
          <Button variant="outlined" startIcon={<PrintOutlined />} onClick={p.onPreview}>
            {t('designer.preview')}
          </Button>
          <Button variant="contained" startIcon={<SaveIcon />} onClick={p.onSave} disabled={!p.canManage || p.busy || !p.dirty}>
            {t('designer.save')}
          </Button>
        </Stack>
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Tip title={t('designer.undo')}>
          <IconButton aria-label={t('designer.undo')} onClick={p.onUndo} disabled={!p.canUndo}>
            <UndoIcon />
          </IconButton>
        </Tip>
        <Tip title={t('designer.redo')}>
          <IconButton aria-label={t('designer.redo')} onClick={p.onRedo} disabled={!p.canRedo}>
            <RedoIcon />
          </IconButton>
        </Tip>
        <TextField select size="small" label={t('designer.zoom')} value={p.zoom} onChange={(e) => p.onZoom(Number(e.target.value))} sx={{ width: 96 }}>
          {designerZoomSteps.map((z) => (
            <MenuItem key={z} value={z}>{`${z}%`}</MenuItem>
          ))}
        </TextField>
        <Button startIcon={<FileUploadOutlined />} onClick={() => fileInput.current?.click()} disabled={p.busy}>
          {t('designer.importJson')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="template-import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) p.onImport(file);
          }}
        />
        <Button startIcon={<FileDownloadOutlined />} onClick={p.onExport} disabled={p.busy}>
          {t('designer.exportJson')}
        </Button>
        {p.background}
        <Button color="warning" startIcon={<RestoreIcon />} onClick={p.onReset} disabled={!p.canManage || p.busy}>
          {t('designer.reset')}
        </Button>
      </Stack>
    </Stack>
  );
}
