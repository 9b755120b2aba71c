import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daySummary } from './settlement-repo';
import { openSlipWorld, type SlipWorld } from './slip-test-world';
import { createSlip, issueSlip, markSlipPrinted, signSlip } from './slips-repo';

let w: SlipWorld;
beforeEach(async () => {
  w = await openSlipWorld();
});
afterEach(async () => {
  await w.db.delete();
});

describe('WH-1 settlement with purchase slips and shipping lists', () => {
  it('WH-1: the day\'s CK movements match their purchase slips and shipping lists: balanced', async () => {
    const pickup = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    await markSlipPrinted(w.db, w.clerk, pickup.id, w.t0);
    await signSlip(w.db, w.clerk, pickup.id, { name: '张三', at: w.t0 }, w.t0);
    await issueSlip(w.db, w.keeper, pickup.id, w.t0);
    const { slip } = await w.shipAndPost({ lines: [w.line(w.ids.set, 1)] });
    const summary = await daySummary(w.db, w.day);
    expect(summary.differences).toEqual([]);
    expect(summary.balanced).toBe(true);
    // the receipt, the pickup slip, the shipping slip and its list (FH…)
    expect(summary.documentCount).toBe(4);
    expect(slip.no).toBe('GX20261127-002');
  });

  it('WH-1: a slip marked released whose movement is missing shows as a difference', async () => {
    const slip = await createSlip(w.db, w.clerk, w.fields(), w.t0);
    // A damaged record (e.g. restored from elsewhere): released without a movement.
    await w.db.purchaseSlips.update(slip.id, { status: 'issued', released: { staffId: w.keeper.staffId, name: w.keeper.name, at: w.t0 } });
    const summary = await daySummary(w.db, w.day);
    expect(summary.differences).toMatchObject([{ kind: 'documentWithoutMovement', docNo: slip.no }]);
  });
});
