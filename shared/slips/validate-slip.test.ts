import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/index';
import { needsBackOfficeScreenshot, pendingSignOff, validateSlip } from './validate-slip';
import { stampApproval } from './approval-cover';
import { ctx, fields, ids, line, screenshot, supervisorApproval } from './test-fixtures';

const messages = (issues: { message: string }[]) => issues.map((i) => i.message);

describe('validateSlip', () => {
  it('accepts a well-formed slip', () => {
    expect(validateSlip(fields(), ctx)).toEqual([]);
    expect(validateSlip(fields(), ctx, 'release')).toEqual([]);
  });

  it('needs a customer, a date and lines', () => {
    expect(validateSlip(fields({ customerId: 0, day: '2026-13-01' }), ctx)).toEqual([
      { path: 'day', message: 'slip.error.badDay' },
      { path: 'customerId', message: 'slip.error.customerRequired' },
    ]);
    expect(messages(validateSlip(fields({ lines: [], total: 0 }), ctx))).toEqual(['stock.error.noLines']);
  });

  it('OUT-3: a member order with a loose component of a set is refused (checkOutbound in the slip context)', () => {
    const issues = validateSlip(fields({ orderType: 'member', lines: [line(ids.partA, 1)] }), ctx);
    expect(issues).toEqual([{ path: 'lines.0.productId', message: 'stock.out.memberLooseComponent' }]);
    expect(validateSlip(fields({ orderType: 'member', lines: [line(ids.set, 1)] }), ctx)).toEqual([]);
    // The same component on an ordinary order is a spare part sale.
    expect(validateSlip(fields({ orderType: 'normal', lines: [line(ids.partA, 1)] }), ctx)).toEqual([]);
  });

  it('OUT-5: a test chamber on a courier slip is refused, and says so', () => {
    const issues = validateSlip(fields({ delivery: 'ship', lines: [line(ids.chamber, 1)] }), ctx);
    expect(issues).toEqual([{ path: 'lines.0.productId', message: 'stock.out.testChamberPickupOnly' }]);
    expect(translate('zh-CN', 'stock.out.testChamberPickupOnly')).toContain('试验箱仅限自提,不能快递发货');
    expect(validateSlip(fields({ delivery: 'pickup', lines: [line(ids.chamber, 1)] }), ctx)).toEqual([]);
  });

  it('OUT-7: a sign-off product may be saved, but not released, without a supervisor approval on the slip', () => {
    const f = fields({ lines: [line(ids.special, 1)] });
    expect(validateSlip(f, ctx, 'save')).toEqual([]);
    expect(validateSlip(f, ctx, 'release')).toEqual([{ path: 'lines.0.productId', message: 'stock.out.needsSignOff' }]);
    expect(pendingSignOff(f, ctx.products)).toEqual([ids.special]);
    const lines = [line(ids.special, 1)];
    const approved = fields({ lines, approvals: { signOff: stampApproval(supervisorApproval, lines) } });
    expect(validateSlip(approved, ctx, 'release')).toEqual([]);
    expect(pendingSignOff(approved, ctx.products)).toEqual([]);
  });

  it('OUT-7: a sign-off covers the lines it was given for; with 4 instead of 1 it no longer holds, and says so', () => {
    const signOff = stampApproval(supervisorApproval, [line(ids.special, 1)]);
    const four = fields({ lines: [line(ids.special, 4)], approvals: { signOff } });
    expect(validateSlip(four, ctx, 'release')).toEqual([{ path: 'lines.0.productId', message: 'slip.error.signOffLapsed' }]);
    expect(validateSlip(four, ctx, 'save')).toEqual([]);
    expect(pendingSignOff(four, ctx.products)).toEqual([ids.special]);
    // Another price, or another product beside it, is another slip too.
    expect(messages(validateSlip(fields({ lines: [line(ids.special, 1, 2000)], approvals: { signOff } }), ctx, 'release'))).toEqual(['slip.error.signOffLapsed']);
    expect(messages(validateSlip(fields({ lines: [line(ids.special, 1), line(ids.plain, 1)], approvals: { signOff } }), ctx, 'release'))).toEqual(['slip.error.signOffLapsed']);
    // An approval kept from before approvals named their lines covers nothing.
    expect(messages(validateSlip(fields({ lines: [line(ids.special, 1)], approvals: { signOff: supervisorApproval } }), ctx, 'release'))).toEqual(['slip.error.signOffLapsed']);
  });

  it('OUT-2: store restock and repeat purchases that ship need the back-office screenshot', () => {
    for (const orderType of ['storeRestock', 'repeat'] as const) {
      expect(validateSlip(fields({ orderType, delivery: 'ship' }), ctx), orderType).toEqual([{ path: 'attachments', message: 'slip.error.screenshotRequired' }]);
      expect(validateSlip(fields({ orderType, delivery: 'ship', attachments: [screenshot] }), ctx)).toEqual([]);
      expect(validateSlip(fields({ orderType, delivery: 'pickup' }), ctx)).toEqual([]);
    }
    expect(needsBackOfficeScreenshot({ orderType: 'normal', delivery: 'ship' })).toBe(false);
    expect(needsBackOfficeScreenshot({ orderType: 'member', delivery: 'ship' })).toBe(false);
  });

  it('OUT-2: an attachment that is not an image, or empty, does not count as the screenshot', () => {
    const pdf = { ...screenshot, mime: 'application/pdf' };
    expect(messages(validateSlip(fields({ orderType: 'repeat', delivery: 'ship', attachments: [pdf] }), ctx))).toEqual([
      'slip.error.attachmentNotImage',
      'slip.error.screenshotRequired',
    ]);
    const empty = { kind: 'backOfficeScreenshot' as const, name: 'x.png', mime: 'image/png' };
    expect(messages(validateSlip(fields({ orderType: 'repeat', delivery: 'ship', attachments: [empty] }), ctx))).toEqual([
      'slip.error.attachmentEmpty',
      'slip.error.screenshotRequired',
    ]);
    expect(validateSlip(fields({ orderType: 'repeat', delivery: 'ship', attachments: [{ ...empty, blobId: 3 }] }), ctx)).toEqual([]);
  });

  it('refuses a slip the stock cannot cover, unless a supervisor let it go negative', () => {
    const short = { ...ctx, balances: new Map([[ids.plain, 1]]) };
    expect(validateSlip(fields(), short)).toEqual([{ path: 'lines.0.qty', message: 'stock.out.insufficient' }]);
    expect(validateSlip(fields({ approvals: { negativeStock: stampApproval(supervisorApproval, fields().lines) } }), short)).toEqual([]);
    // OUT-7: the override was given for these quantities, not for more.
    const more = [line(ids.plain, 5)];
    expect(messages(validateSlip(fields({ lines: more, approvals: { negativeStock: stampApproval(supervisorApproval, fields().lines) } }), short))).toEqual(['stock.out.insufficient']);
  });

  it('reports line maths and rule refusals together, each at its field', () => {
    const bad = fields({ orderType: 'member', delivery: 'ship', lines: [{ ...line(ids.partA, 1), amount: 1 }], total: 500 });
    expect(validateSlip(bad, ctx)).toEqual([
      { path: 'lines.0.amount', message: 'slip.error.amountMismatch' },
      { path: 'lines.0.productId', message: 'stock.out.memberLooseComponent' },
    ]);
  });
});
