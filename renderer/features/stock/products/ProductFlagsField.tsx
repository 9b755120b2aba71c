import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/context';
import { productFlags, type ProductFlag, type ProductFormValues } from './product-form';

interface Props {
  values: ProductFormValues;
  onChange: (flag: ProductFlag, value: boolean) => void;
}

/** 启用, 按序列号管理 and the flags the outbound rules act on: 套装 (OUT-3), 仅限自提 (OUT-5), 需领导签字 (OUT-7), 试验箱. */
export function ProductFlagsField({ values, onChange }: Props) {
  const t = useT();
  return (
    <Stack spacing={0.5}>
      <Typography variant="subtitle2">{t('stockui.products.flagsTitle')}</Typography>
      <FormGroup row>
        {productFlags.map((flag) => {
          // A test chamber is always self-pickup only (OUT-5): the box shows it, ticked and fixed.
          const forced = flag === 'selfPickupOnly' && values.isTestChamber;
          return (
            <FormControlLabel
              key={flag}
              label={t(`product.field.${flag}`)}
              control={<Checkbox checked={values[flag] || forced} disabled={forced} onChange={(e) => onChange(flag, e.target.checked)} />}
            />
          );
        })}
      </FormGroup>
      {values.isTestChamber && <FormHelperText>{t('stockui.products.testChamberHint')}</FormHelperText>}
    </Stack>
  );
}
