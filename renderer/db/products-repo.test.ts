import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermissionError } from '@shared/auth/permissions';
import { emptyProductInput } from '@shared/products/product';
import { ValidationError } from '@shared/validation';
import { recordHistory } from './audit-repo';
import {
  createProduct,
  getProduct,
  getProductByCode,
  isProductCodeFree,
  listProducts,
  searchProducts,
  updateProduct,
} from './products-repo';
import { openStockAlerts } from './stock-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let w: StockWorld;
beforeEach(async () => {
  w = await openStockWorld();
});
afterEach(async () => {
  await w.db.delete();
});

const input = (code: string, name: string) => ({ ...emptyProductInput(), code, name, unit: '台' });

describe('products repository', () => {
  it('creates a product with an upper-case code, audited by the actor', async () => {
    const id = await createProduct(w.db, w.keeper, { ...input(' jsq-01 ', '净水器'), price: 2980 }, w.t0);
    expect(await getProduct(w.db, id)).toMatchObject({ id, code: 'JSQ-01', name: '净水器', price: 2980, createdAt: w.t0 });
    expect((await getProductByCode(w.db, 'jsq-01'))?.id).toBe(id);
    const [entry] = await recordHistory(w.db, 'products', id);
    expect(entry).toMatchObject({ action: 'create', staffId: w.keeper.staffId, after: { code: 'JSQ-01', name: '净水器' } });
  });

  it('refuses a product code already in use, whatever its case, and writes nothing', async () => {
    await createProduct(w.db, w.keeper, input('LX-PP', 'PP棉滤芯'), w.t0);
    await expect(createProduct(w.db, w.keeper, input('lx-pp', '另一个'), w.t0)).rejects.toMatchObject({
      issues: [{ path: 'code', message: 'product.error.codeInUse' }],
    });
    expect(await listProducts(w.db)).toHaveLength(1);
    expect(await isProductCodeFree(w.db, 'LX-PP')).toBe(false);
    expect(await isProductCodeFree(w.db, 'LX-RO')).toBe(true);
  });

  it('refuses to take another product\'s code on update, but keeps its own', async () => {
    const a = await createProduct(w.db, w.keeper, input('A1', '甲'), w.t0);
    await createProduct(w.db, w.keeper, input('B1', '乙'), w.t0);
    await expect(updateProduct(w.db, w.keeper, a, input('b1', '甲'), w.t0)).rejects.toBeInstanceOf(ValidationError);
    await updateProduct(w.db, w.keeper, a, { ...input('A1', '甲'), price: 10 }, w.t0 + 1);
    expect(await getProduct(w.db, a)).toMatchObject({ code: 'A1', price: 10, updatedAt: w.t0 + 1 });
    const history = await recordHistory(w.db, 'products', a);
    expect(history.map((e) => e.action)).toEqual(['create', 'update']);
    expect(history[1]?.after).toEqual({ price: 10 });
  });

  it('searches by code, name and pinyin (full and initials)', async () => {
    const jsq = await createProduct(w.db, w.keeper, input('JSQ-01', '净水器套装'), w.t0);
    const pp = await createProduct(w.db, w.keeper, input('LX-PP', 'PP棉滤芯'), w.t0);
    const ids = async (q: string) => (await searchProducts(w.db, q)).map((p) => p.id).sort();
    expect(await ids('jsq')).toEqual([jsq]);
    expect(await ids('jingshui')).toEqual([jsq]);
    expect(await ids('净水')).toEqual([jsq]);
    expect(await ids('lx-')).toEqual([pp]);
    expect(await ids('ppm')).toEqual([pp]);
    expect(await ids('')).toEqual([jsq, pp].sort());
  });

  it('a set needs known, non-set components (OUT-3 relies on it)', async () => {
    const pp = await createProduct(w.db, w.keeper, input('LX-PP', 'PP棉滤芯'), w.t0);
    await expect(createProduct(w.db, w.keeper, { ...input('TZ-1', '套装'), isSet: true, components: [{ productId: 999, qty: 1 }] }, w.t0)).rejects.toMatchObject({
      issues: [{ path: 'components.0.productId', message: 'product.error.componentUnknown' }],
    });
    const set = await createProduct(w.db, w.keeper, { ...input('TZ-1', '套装'), isSet: true, components: [{ productId: pp, qty: 3 }] }, w.t0);
    expect((await getProduct(w.db, set))?.components).toEqual([{ productId: pp, qty: 3 }]);
  });

  it('only warehouse staff and supervisors keep products', async () => {
    await expect(createProduct(w.db, w.clerk, input('X1', '某物'), w.t0)).rejects.toBeInstanceOf(PermissionError);
    expect(await listProducts(w.db)).toEqual([]);
  });

  it('IN-1: a new product with a safety level and no stock raises its alert; lowering the level clears it', async () => {
    const id = await createProduct(w.db, w.keeper, { ...input('LX-RO', 'RO膜'), safetyStock: 5 }, w.t0);
    expect((await openStockAlerts(w.db)).map((a) => a.productId)).toEqual([id]);
    await updateProduct(w.db, w.keeper, id, { ...input('LX-RO', 'RO膜'), safetyStock: 0 }, w.t0 + 5);
    expect(await openStockAlerts(w.db)).toEqual([]);
    expect((await w.db.stockAlerts.toArray())[0]).toMatchObject({ productId: id, raisedAt: w.t0, clearedAt: w.t0 + 5 });
  });
});
