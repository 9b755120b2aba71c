import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from './customers-repo';
import { checkIntegrity } from './integrity';
import { postReceipt } from './receiving-repo';
import { openStockWorld, type StockWorld } from './test-stock';

let world: StockWorld;
beforeEach(async () => {
  world = await openStockWorld();
});
afterEach(async () => {
  await world.db.delete();
});

describe('checkIntegrity: what a crash must never leave behind', () => {
  it('finds whole data whole: staff, products, a receipt with a discrepancy, a customer, all audited', async () => {
    const { db, keeper, receiver, confirm, product, t0 } = world;
    const a = await product('A-1');
    await world.receive([[a, 5]]);
    await postReceipt(db, keeper, { deliveryNoteNo: 'D-2', lines: [{ productId: a, noteQty: 4, countedQty: 3 }] }, confirm(receiver), confirm(keeper), t0);
    await createCustomer(db, world.clerk, { name: '张伟', phones: ['13800138000'] });
    const report = await checkIntegrity(db);
    expect(report).toMatchObject({ withoutAudit: [], auditWithoutRecord: [], halfWritten: [] });
    expect(report.records).toBeGreaterThan(5);
    expect(report.auditEntries).toBe(report.records);
  });

  it('names a record without its audit entry, an entry without its record, and a half-written receipt', async () => {
    const { db, product } = world;
    const a = await product('A-1');
    const { receipt } = await world.receive([[a, 5]]);
    const bare = await db.customers.add({ name: '无审计', phones: [], searchKeys: [], type: 'ordinary', addresses: [], isKey: false, createdAt: 1, updatedAt: 1 });
    await db.transaction('rw', db.auditLog, () => db.auditLog.add({ at: 1, staffId: 1, staffName: 'x', action: 'create', table: 'callLogs', recordId: '77' }));
    await db.movements.where('refKey').equals(`receipt:${receipt.id}`).delete();
    const report = await checkIntegrity(db);
    expect(report.withoutAudit).toEqual([`customers:${bare}`]);
    expect(report.auditWithoutRecord).toEqual(['callLogs:77']);
    expect(report.halfWritten).toEqual([`receipts:${receipt.id} movement`, `stockBalances:${a}`]);
  });
});
