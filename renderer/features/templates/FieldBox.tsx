import Box from '@mui/material/Box';
import type { Translate } from '@shared/i18n';
import type { TemplateField } from '@shared/templates/template';
import type { FieldDragHandlers } from './use-field-drag';

export interface FieldBoxProps {
  field: TemplateField;
  index: number;
  pxPerMm: number;
  selected: boolean;
  drag: FieldDragHandlers;
  onSelect: (index: number) => void;
  t: Translate;
}

const handlePx = 10;

/**
 * One field drawn as an outlined box with its data key; drag it to move, drag the corner handle to
 * resize. It is focusable so that arrow keys (handled by the page) nudge it once selected.
 */
export function FieldBox({ field, index, pxPerMm, selected, drag, onSelect, t }: FieldBoxProps) {
  const rect = { x: field.x, y: field.y, width: field.width, height: field.height };
  return (
    <Box
      role="button"
      tabIndex={0}
      aria-label={t('designer.fieldBox', { key: field.key })}
      title={t('designer.fieldBox', { key: field.key })}
      aria-pressed={selected}
      data-field-key={field.key}
      onPointerDown={(e) => {
        onSelect(index);
        e.currentTarget.focus();
        drag.onPointerDown(e, 'move', rect);
      }}
      onPointerMove={drag.onPointerMove}
      onPointerUp={drag.onPointerUp}
      onFocus={() => onSelect(index)}
      sx={{
        position: 'absolute',
        left: field.x * pxPerMm,
        top: field.y * pxPerMm,
        width: field.width * pxPerMm,
        height: field.height * pxPerMm,
        boxSizing: 'border-box',
        border: 1,
        borderStyle: selected ? 'solid' : 'dashed',
        borderColor: selected ? 'primary.main' : 'info.light',
        bgcolor: selected ? 'rgba(25, 118, 210, 0.10)' : 'rgba(2, 136, 209, 0.04)',
        cursor: 'move',
        touchAction: 'none',
        userSelect: 'none',
        outline: 'none',
        zIndex: selected ? 2 : 1,
        '&:focus-visible': { boxShadow: 3 },
      }}
    >
      {selected && (
        // The key sits above the box, so the sample text inside stays readable.
        <Box
          component="span"
          sx={{
            position: 'absolute', left: -1, bottom: '100%', whiteSpace: 'nowrap', px: 0.5, fontSize: 11, lineHeight: 1.5,
            color: 'primary.contrastText', bgcolor: 'primary.main', borderRadius: '2px 2px 0 0', pointerEvents: 'none',
          }}
        >
          {field.key}
        </Box>
      )}
      {selected && (
        <Box
          role="button"
          aria-label={t('designer.resizeHandle', { key: field.key })}
          // Move and release bubble up to the field box, which handles both kinds of drag.
          onPointerDown={(e) => drag.onPointerDown(e, 'resize', rect)}
          sx={{
            position: 'absolute', right: -handlePx / 2, bottom: -handlePx / 2, width: handlePx, height: handlePx,
            bgcolor: 'primary.main', border: '1px solid #fff', cursor: 'nwse-resize', touchAction: 'none',
          }}
        />
      )}
    </Box>
  );
}
