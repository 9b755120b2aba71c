import type { Dispatch } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { StringKey, Translate } from '@shared/i18n';
import type { TemplateField } from '@shared/templates/template';
import { fineNudgeStepMm } from './designer-geometry';
import type { DesignerAction, FieldPatch } from './designer-state';
import { MmField } from './MmField';

const fontFamilies = ['song', 'hei', 'mono'] as const satisfies readonly TemplateField['fontFamily'][];
const aligns = ['left', 'center', 'right'] as const satisfies readonly TemplateField['align'][];
const overflows = ['shrink', 'wrap'] as const satisfies readonly TemplateField['overflow'][];
const formats = ['text', 'date', 'datetime', 'money', 'capital'] as const satisfies readonly TemplateField['format'][];

interface ChoiceProps<V extends string> {
  label: string;
  value: V;
  options: readonly V[];
  optionLabel: (v: V) => string;
  onChange: (v: V) => void;
}

function Choice<V extends string>({ label, value, options, optionLabel, onChange }: ChoiceProps<V>) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => {
        const picked = options.find((o) => o === e.target.value);
        if (picked) onChange(picked);
      }}
    >
      {options.map((o) => (
        <MenuItem key={o} value={o}>
          {optionLabel(o)}
        </MenuItem>
      ))}
    </TextField>
  );
}

const geometry = [
  ['x', 'designer.props.x'],
  ['y', 'designer.props.y'],
  ['width', 'designer.props.width'],
  ['height', 'designer.props.height'],
] as const satisfies readonly (readonly [keyof FieldPatch, StringKey])[];

/** 字段属性: position and size in mm, font, size, bold, alignment, overflow and format of the selected field. */
export function PropertiesPanel({ field, index, dispatch, t }: { field: TemplateField | null; index: number | null; dispatch: Dispatch<DesignerAction>; t: Translate }) {
  if (!field || index === null) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('designer.props.none')}
      </Typography>
    );
  }
  const update = (patch: FieldPatch, tag?: string) => dispatch({ type: 'update', patch, tag: tag && `${index}.${tag}` });
  return (
    // Keyed by field so half-typed numbers of one field never show on another.
    <Stack key={index} spacing={1.5} component="form" aria-label={t('designer.props.title')} onSubmit={(e) => e.preventDefault()}>
      <TextField size="small" label={t('designer.props.key')} value={field.key} slotProps={{ htmlInput: { readOnly: true } }} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr' }}>
        {geometry.map(([prop, label]) => (
          <MmField key={prop} label={t(label)} value={field[prop]} step={fineNudgeStepMm} onChange={(v) => update({ [prop]: v }, prop)} />
        ))}
      </Stack>
      <Choice label={t('designer.props.fontFamily')} value={field.fontFamily} options={fontFamilies} optionLabel={(v) => t(`designer.font.${v}`)} onChange={(fontFamily) => update({ fontFamily })} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <MmField label={t('designer.props.fontSize')} value={field.fontSizePt} step={0.5} min={4} onChange={(v) => update({ fontSizePt: Math.min(72, Math.max(4, v)) }, 'fontSizePt')} />
        <FormControlLabel
          sx={{ flexShrink: 0, whiteSpace: 'nowrap', mr: 0 }}
          control={<Checkbox checked={field.bold} onChange={(e) => update({ bold: e.target.checked })} />}
          label={t('designer.props.bold')}
        />
      </Stack>
      <Choice label={t('designer.props.align')} value={field.align} options={aligns} optionLabel={(v) => t(`designer.align.${v}`)} onChange={(align) => update({ align })} />
      <Choice label={t('designer.props.overflow')} value={field.overflow} options={overflows} optionLabel={(v) => t(`designer.overflow.${v}`)} onChange={(overflow) => update({ overflow })} />
      <Choice label={t('designer.props.format')} value={field.format} options={formats} optionLabel={(v) => t(`designer.format.${v}`)} onChange={(format) => update({ format })} />
    </Stack>
  );
}
