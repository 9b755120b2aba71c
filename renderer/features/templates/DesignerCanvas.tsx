import { useMemo, useState, type Dispatch, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import type { Translate } from '@shared/i18n';
import { templateSheet } from '@shared/templates/template-sheet';
import type { TemplateRecord } from '@shared/templates/format';
import type { Template } from '@shared/templates/template';
import { SheetView } from '../../print/SheetView';
import { nudgeForKey, type Rect } from './designer-geometry';
import type { DesignerAction } from './designer-state';
import { FieldBox } from './FieldBox';
import { useFieldDrag } from './use-field-drag';

/** CSS pixels per millimetre at 100 %. */
export const cssPxPerMm = 96 / 25.4;

export interface DesignerCanvasProps {
  template: Template;
  selected: number | null;
  sample: TemplateRecord;
  zoomPercent: number;
  showBackground: boolean;
  dispatch: Dispatch<DesignerAction>;
  t: Translate;
}

/** 1 mm and 10 mm grid lines, scaled with the page. */
function gridBackground(pxPerMm: number) {
  const minor = 'rgba(0, 120, 215, 0.10)';
  const major = 'rgba(0, 120, 215, 0.28)';
  const lines = (colour: string) =>
    `linear-gradient(to right, ${colour} 1px, transparent 1px), linear-gradient(to bottom, ${colour} 1px, transparent 1px)`;
  const fine = pxPerMm * (pxPerMm >= 4 ? 1 : 5);
  return {
    backgroundImage: `${lines(major)}, ${lines(minor)}`,
    backgroundSize: `${pxPerMm * 10}px ${pxPerMm * 10}px, ${pxPerMm * 10}px ${pxPerMm * 10}px, ${fine}px ${fine}px, ${fine}px ${fine}px`,
  };
}

function withPreview(template: Template, preview: { index: number; rect: Rect } | null): Template {
  if (!preview) return template;
  return { ...template, fields: template.fields.map((f, i) => (i === preview.index ? { ...f, ...preview.rect } : f)) };
}

/**
 * The page at a zoom on a mm grid: the background scan (if any), the form as it prints with sample
 * data, and every field as a box to select, drag, resize and nudge with the arrow keys.
 */
export function DesignerCanvas({ template, selected, sample, zoomPercent, showBackground, dispatch, t }: DesignerCanvasProps) {
  const pxPerMm = cssPxPerMm * (zoomPercent / 100);
  const [preview, setPreview] = useState<{ index: number; rect: Rect } | null>(null);
  const shown = withPreview(template, preview);
  const background = showBackground ? template.background : undefined;
  const sheet = useMemo(() => {
    // Over a scan of the form, only the data is drawn (as in 套打); without one, the whole form shows where things go.
    const s = templateSheet(shown, sample, { mode: background ? 'overlay' : 'full' });
    // The designer draws the scan itself (under the grid, switchable); the sheet is the print only.
    delete s.background;
    return s;
  }, [shown, sample, background]);
  const drag = useFieldDrag(
    pxPerMm,
    template.paper,
    (rect) => setPreview(rect && selected !== null ? { index: selected, rect } : null),
    (rect) => selected !== null && dispatch({ type: 'place', index: selected, rect }),
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const d = nudgeForKey(e.key, e.shiftKey);
    if (!d || selected === null || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    dispatch({ type: 'move', ...d });
  };

  const { widthMm, heightMm } = template.paper;
  return (
    <Box
      role="group"
      aria-label={t('designer.canvas')}
      onKeyDown={onKeyDown}
      onPointerDown={() => dispatch({ type: 'select', index: null })}
      sx={{ position: 'relative', width: widthMm * pxPerMm, height: heightMm * pxPerMm, bgcolor: '#fff', boxShadow: 4, flexShrink: 0 }}
    >
      {background && (
        <Box component="img" src={background.dataUrl} alt="" sx={{ position: 'absolute', inset: 0, width: '100%', height: '100%', opacity: 0.55, pointerEvents: 'none' }} />
      )}
      <Box
        aria-hidden="true"
        sx={{
          position: 'absolute', left: 0, top: 0, zoom: zoomPercent / 100, pointerEvents: 'none',
          '& .print-sheet': { position: 'relative', width: `${widthMm}mm`, height: `${heightMm}mm`, overflow: 'hidden', background: 'transparent' },
        }}
      >
        <SheetView sheet={sheet} pageSize={template.paper} />
      </Box>
      <Box aria-hidden="true" sx={{ position: 'absolute', inset: 0, pointerEvents: 'none', ...gridBackground(pxPerMm) }} />
      {shown.fields.map((f, i) => (
        <FieldBox key={i} field={f} index={i} pxPerMm={pxPerMm} selected={i === selected} drag={drag} t={t} onSelect={(index) => index !== selected && dispatch({ type: 'select', index })} />
      ))}
    </Box>
  );
}
