import { z } from 'zod';
import { customerGrades, customerTypes } from '../crm/customer-profile';
import { instant, isoDate, key, rowOf, text, voidMarkRow, wholeCount, withRules, flag } from '../rows/kit';
import { callDirections, callLogRefTypes, callTopics, validateCallLog, type CallLog } from './call-log';
import { validateCustomer, type Customer } from './customer';
import { exportKinds, validateExportRecord, type ExportRecord } from './export-record';

/** A stored customer: the profile of issue 4 (the upgrade gives every older customer one), checked by the form's validator. */
export const customerRowSchema = rowOf<Customer>()(
  withRules(
    z.object({
      id: key.optional(),
      name: text,
      phones: z.array(text),
      address: text.optional(),
      notes: text.optional(),
      searchKeys: z.array(text),
      createdAt: instant,
      updatedAt: instant,
      createdById: z.number().int().optional(),
      type: z.enum(customerTypes),
      memberNo: text.optional(),
      storeNo: text.optional(),
      primaryPhone: text.optional(),
      addresses: z.array(z.object({ province: text, city: text, district: text, detail: text, isDefault: flag })),
      grade: z.enum(customerGrades).optional(),
      isKey: flag,
      source: text.optional(),
    }),
    validateCustomer,
  ),
);

/** A stored call, checked by the call form's validator. */
export const callLogRowSchema = rowOf<CallLog>()(
  withRules(
    z.object({
      id: key.optional(),
      direction: z.enum(callDirections),
      at: instant,
      phone: text,
      customerId: key.optional(),
      contact: text,
      topic: z.enum(callTopics),
      content: text,
      result: text,
      followUpDate: isoDate.optional(),
      createdAt: instant,
      handlerId: z.number().int().optional(),
      handlerName: text.optional(),
      voided: voidMarkRow.optional(),
      ref: z.object({ type: z.enum(callLogRefTypes), id: key }).optional(),
    }),
    validateCallLog,
  ),
);

/** One row of the export registry (REC-2), checked by the registry's validator. */
export const exportRowSchema = rowOf<ExportRecord>()(
  withRules(
    z.object({
      id: key.optional(),
      kind: z.enum(exportKinds),
      rangeFrom: isoDate,
      rangeTo: isoDate,
      rowCount: wholeCount,
      createdAt: instant,
      fileName: text,
      location: text,
      sha256: text,
    }),
    validateExportRecord,
  ),
);
