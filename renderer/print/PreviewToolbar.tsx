import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
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
  pageCount: number;
  zoom: number;
  onZoom: (zoom: number) => void;
  busy: boolean;
  onPrint: () => void;
  onSavePdf: () => void;
  onClose: () => void;
}

export function PreviewToolbar(props: PreviewToolbarProps) {
  const { t, zoom, onZoom, busy } = props;
  return (
    <AppBar position="static" color="default" elevation={1}>
      <Toolbar variant="dense" sx={{ gap: 1 }}>
        <IconButton edge="start" aria-label={t('action.close')} onClick={props.onClose}>
          <CloseIcon />
        </IconButton>
        <Typography id={props.titleId} variant="h2" component="h2" sx={{ flexGrow: 1 }}>
          {t('print.preview.title')} · {props.title}
        </Typography>
        <IconButton aria-label={t('print.preview.zoomOut')} onClick={() => onZoom(nextZoom(zoom, -1))} disabled={zoom <= zoomSteps[0]}>
          <ZoomOutIcon />
        </IconButton>
        <TextField
          select
          size="small"
          label={t('print.preview.zoom')}
          value={zoom}
          onChange={(e) => onZoom(Number(e.target.value))}
          sx={{ width: 96 }}
        >
          {zoomSteps.map((z) => (
            <MenuItem key={z} value={z}>{`${z}%`}</MenuItem>
          ))}
        </TextField>
        <IconButton aria-label={t('print.preview.zoomIn')} onClick={() => onZoom(nextZoom(zoom, 1))} disabled={zoom >= 200}>
          <ZoomInIcon />
        </IconButton>
        <Typography sx={{ mx: 1 }}>{t('print.preview.pageCount', { count: props.pageCount })}</Typography>
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
