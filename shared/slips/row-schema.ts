import { z } from 'zod';
import { approvalRow, flag, instant, isoDate, key, keyOrZero, productQtyRow, rowOf, staffStampRow, text, voidMarkRow, withRules } from '../rows/kit';
import { deliveryModes, orderTypes } from '../stock/outbound';
import { slipStatuses, type PurchaseSlip } from './purchase-slip';
import { lineMathIssues } from './slip-totals';

const signature = z.object({ name: text, at: instant });
/** OUT-7: a slip's approval keeps the fingerprint of the lines it was given for (approval-cover.ts). */
const slipApproval = approvalRow.extend({ covers: text.optional() });

/**
 * A stored purchase slip. Its full validator needs the stock of the day it was saved, which a restore
 * does not have; the line maths (amount = qty × price, total = sum) hold for every slip ever saved.
 */
export const purchaseSlipRowSchema = rowOf<PurchaseSlip>()(
  withRules(
    z.object({
      id: key.optional(),
      day: isoDate,
      customerId: keyOrZero,
      orderType: z.enum(orderTypes),
      delivery: z.enum(deliveryModes),
      lines: z.array(z.object({ productId: key, qty: z.number(), unitPrice: z.number(), amount: z.number() })),
      total: z.number(),
      remarks: text,
      attachments: z.array(
        z.object({ kind: z.literal('backOfficeScreenshot'), name: text, mime: text, dataUrl: text.optional(), blobId: key.optional() }),
      ),
      approvals: z.object({ signOff: slipApproval.optional(), negativeStock: slipApproval.optional() }),
      no: text,
      handlerId: z.number().int(),
      handlerName: text,
      status: z.enum(slipStatuses as [PurchaseSlip['status'], ...PurchaseSlip['status'][]]),
      printedAt: instant.optional(),
      customerSignature: signature.optional(),
      released: staffStampRow.optional(),
      pickupConfirmation: signature.optional(),
      doneAt: instant.optional(),
      phoneConfirmation: staffStampRow.extend({ callLogId: key, contactChecked: flag }).optional(),
      shippingListId: key.optional(),
      pickingStartedAt: instant.optional(),
      counts: z.array(staffStampRow.extend({ lines: z.array(productQtyRow) })),
      waybillPrintedAt: instant.optional(),
      waybill: z.object({ carrier: text, trackingNo: text, printedAt: instant, thirdCopyFiled: flag }).optional(),
      voided: voidMarkRow.optional(),
      replacesSlipId: key.optional(),
      createdAt: instant,
      updatedAt: instant,
    }),
    lineMathIssues,
  ),
);

/**
 * A stored back-office screenshot. `data` is a Blob, which shared code cannot name: it is checked
 * as an object with a byte size and a type, which is what a Blob read back from IndexedDB has.
 */
export const slipAttachmentRowSchema = z.object({
  id: key.optional(),
  name: text,
  mime: text,
  data: z.custom<{ size: number; type: string }>(
    (v) => typeof v === 'object' && v !== null && typeof Reflect.get(v, 'size') === 'number' && typeof Reflect.get(v, 'type') === 'string',
  ),
  size: z.number().int().nonnegative(),
  byId: z.number().int(),
  byName: text,
  createdAt: instant,
});
