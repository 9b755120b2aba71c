import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { customerGrades, customerTypes, type CustomerGrade, type CustomerType } from '@shared/crm/customer-profile';
import { useT } from '../../i18n/context';
import { ToggleField } from '../../components/ToggleField';
import { typeLabel } from './customer-labels';
import type { CustomerForm } from './use-customer-form';

/** 客户类型 with the number it needs (会员编号 / 店铺编号), shown only for that type. */
export function TypeFields({ form }: { form: CustomerForm }) {
  const t = useT();
  const { values, errors } = form;
  const numberField = values.type === 'member' ? 'memberNo' : values.type === 'store' ? 'storeNo' : null;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end' }}>
      <ToggleField<CustomerType> size="small"
        label={t('crm.field.type')}
        value={values.type}
        options={customerTypes.map((v) => ({ value: v, label: t(typeLabel[v]) }))}
        onChange={(v) => form.set('type', v)}
      />
      {numberField && (
        <TextField
          key={numberField}
          label={t(numberField === 'memberNo' ? 'crm.field.memberNo' : 'crm.field.storeNo')}
          value={values[numberField]}
          onChange={(e) => form.set(numberField, e.target.value)}
          error={errors[numberField] !== undefined}
          helperText={errors[numberField]}
          required
          sx={{ width: 200 }}
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
        />
      )}
    </Stack>
  );
}

type GradeChoice = CustomerGrade | '';

/** 客户等级 (A–D or none), 重点客户 and 客户来源. */
export function GradeFields({ form }: { form: CustomerForm }) {
  const t = useT();
  const { values, errors } = form;
  const grades: { value: GradeChoice; label: string }[] = [
    { value: '', label: t('customersui.grade.none') },
    ...customerGrades.map((g) => ({ value: g, label: g })),
  ];
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-end' }}>
      <ToggleField<GradeChoice> size="small" label={t('crm.field.grade')} value={values.grade} options={grades} onChange={(v) => form.set('grade', v)} />
      <FormControlLabel
        control={<Checkbox checked={values.isKey} onChange={(e) => form.set('isKey', e.target.checked)} />}
        label={t('crm.field.isKey')}
      />
      <TextField
        label={t('crm.field.source')}
        value={values.source}
        onChange={(e) => form.set('source', e.target.value)}
        error={errors.source !== undefined}
        helperText={errors.source}
        sx={{ width: 320 }}
      />
    </Stack>
  );
}
