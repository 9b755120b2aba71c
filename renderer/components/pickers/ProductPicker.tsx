import { getProduct, searchProducts } from '../../db/products-repo';
import type { StoredProduct } from '../../db/stock-rows';
import { useT } from '../../i18n/context';
import { RecordPicker, type PickerProps } from './RecordPicker';

export const productLabel = (p: Pick<StoredProduct, 'code' | 'name'>) => `${p.code} ${p.name}`;

interface Props extends PickerProps<StoredProduct> {
  /** Products that may not be chosen here (a set's own id among its components). */
  excludeIds?: readonly number[];
  /** Inactive products are offered only where the form allows them (e.g. a set's components). */
  activeOnly?: boolean;
}

/** A product by code, name or its pinyin (拼音 or initials). */
export function ProductPicker({ excludeIds = [], activeOnly = true, noOptionsText, ...props }: Props) {
  const t = useT();
  return (
    <RecordPicker
      {...props}
      noOptionsText={noOptionsText ?? t('svcui.picker.noProducts')}
      optionLabel={productLabel}
      load={getProduct}
      search={searchProducts}
      offer={(p) => (!activeOnly || p.active) && !excludeIds.includes(p.id)}
      minWidth={260}
    />
  );
}
