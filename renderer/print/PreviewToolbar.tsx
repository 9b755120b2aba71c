import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import type { Translate } from '@shared/i18n';
import { nextZoom, zoomSteps } from './zoom';

export interface PreviewToolbarProps {
  t: Translate;
  titleId: string;
  title: string;
  zoom: number;
  onZoom: (zoom: number) => void;
  /** Shown only when the pages have a screen-only background. */
  background: { shown: boolean; onChange: (shown: boolean) => void } | null;
  busy: boolean;
  onPrint: () => void;
  onSavePdf: () => void;
  onClose: () => void;
  /** The pager. */
  pager: ReactNode;
  /** The printer and copies, where the platform lists printers. */
  printer: ReactNode;
}

function ZoomControls({ t, zoom, onZoom }: Pick<PreviewToolbarProps, 't' | 'zoom' | 'onZoom'>) {
  return (
    <>
      <IconButton aria-label={t('print.preview.zoomOut')} onClick={() => onZoom(nextZoom(zoom, -1))} disabled={zoom <= zoomSteps[0]}>
        <ZoomOutIcon />
      </IconButton>
      <TextField select size="small" label={t('print.preview.zoom')} value={zoom} onChange={(e) => onZoom(Number(e.target.value))} sx={{ width: 96 }}>
        {zoomSteps.map((z) => (
          <MenuItem key={z} value={z}>{`${z}%`}</MenuItem>
        ))}
      </TextField>
      <IconButton aria-label={t('print.preview.zoomIn')} onClick={() => onZoom(nextZoom(zoom, 1))} disabled={zoom >= 200}>
        <ZoomInIcon />
      </IconButton>
    </>
  );
}

export function PreviewToolbar(props: PreviewToolbarProps) {
  const { t, busy, background } = props;
  return (
    <AppBar position="static" color="default" elevation={1}>
      <Toolbar variant="dense" sx={{ gap: 1, flexWrap: 'wrap', py: 0.5 }}>
        <IconButton edge="start" aria-label={t('action.close')} onClick={props.onClose}>
          <CloseIcon />
        </IconButton>
        <Typography id={props.titleId} variant="h2" component="h2" noWrap sx={{ flexGrow: 1, minWidth: 120 }}>
          {t('print.preview.title')} · {props.title}
        </Typography>
        {props.pager}
        <ZoomControls t={t} zoom={props.zoom} onZoom={props.onZoom} />
        {background && (
          <FormControlLabel
            control={<Switch checked={background.shown} onChange={(e) => background.onChange(e.target.checked)} />}
            label={t('print.preview.background')}
          />
        )}
        {props.printer}
        <Button variant="contained" startIcon={<PrintIcon />} onClick={props.onPrint} disabled={busy}>
          {t('action.print')}
        </Button>
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={props.onSavePdf} disabled={busy}>
          {t('action.savePdf')}
        </Button>
      </Toolbar>
    </AppBar>
  );
}
