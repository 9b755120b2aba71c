import { useCallback, useState } from 'react';
import { normalizeProductCode } from '@shared/products/product';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { createProduct, isProductCodeFree, updateProduct } from '../../../db/products-repo';
import type { StoredProduct } from '../../../db/stock-rows';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { emptyProductForm, formToProduct, productToForm, type ComponentRow, type ProductFlag, type ProductFormValues, type ProductTextField } from './product-form';

const fieldPaths = new Set(['code', 'name', 'category', 'spec', 'unit', 'price', 'location', 'safetyStock', 'components']);
const isField = (path: string) => fieldPaths.has(path) || path.startsWith('components.');

export interface ProductForm {
  values: ProductFormValues;
  refusal: Refusal;
  saving: boolean;
  setText: (field: ProductTextField | 'price' | 'safetyStock', value: string) => void;
  setFlag: (flag: ProductFlag, value: boolean) => void;
  setComponents: (rows: ComponentRow[]) => void;
  /** On leaving the code field: a code already in use is refused there at once. */
  checkCode: () => Promise<void>;
  save: () => Promise<number | undefined>;
}

/** The product dialog's state; checks with the repository's own `validateProduct` before writing. */
export function useProductForm(product: StoredProduct | undefined): ProductForm {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState(() => (product ? productToForm(product) : emptyProductForm()));
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [saving, setSaving] = useState(false);
  const clear = (path: string) => setRefusal((r) => ({ message: null, fields: Object.fromEntries(Object.entries(r.fields).filter(([k]) => k !== path)) }));

  const setText = useCallback((field: ProductTextField | 'price' | 'safetyStock', value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    clear(field);
  }, []);
  const setFlag = useCallback((flag: ProductFlag, value: boolean) => setValues((v) => ({ ...v, [flag]: value })), []);
  const setComponents = useCallback((components: ComponentRow[]) => {
    setValues((v) => ({ ...v, components }));
    setRefusal((r) => ({ message: null, fields: Object.fromEntries(Object.entries(r.fields).filter(([k]) => !k.startsWith('components'))) }));
  }, []);

  const codeOwners = useCallback(async (code: string) => {
    const c = normalizeProductCode(code);
    const free = c === '' || (await isProductCodeFree(getDb(), c, product?.id));
    // Any id but this product's makes validateProduct say 'codeInUse'.
    return new Map(free ? [] : [[c, -1]]);
  }, [product]);

  const checkCode = useCallback(async () => {
    const owners = await codeOwners(values.code);
    if (owners.size > 0) setRefusal((r) => ({ ...r, fields: { ...r.fields, code: t('product.error.codeInUse') } }));
  }, [codeOwners, values.code, t]);

  const save = useCallback(async () => {
    const ctx = { codeOwners: await codeOwners(values.code), ...(product ? { selfId: product.id } : {}) };
    const { input, issues } = formToProduct(values, ctx);
    if (issues.length > 0) return void setRefusal(refusalFromIssues(t, issues, isField));
    setSaving(true);
    setRefusal(noRefusal);
    try {
      if (!product) return await createProduct(getDb(), actor, input);
      await updateProduct(getDb(), actor, product.id, input);
      return product.id;
    } catch (e) {
      setRefusal(refusalOf(t, e, isField));
      return undefined;
    } finally {
      setSaving(false);
    }
  }, [values, product, actor, t, codeOwners]);

  return { values, refusal, saving, setText, setFlag, setComponents, checkCode, save };
}
