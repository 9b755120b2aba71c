import { useCallback, useState } from 'react';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { postReceipt, type PostedReceipt, type StaffConfirmation } from '../../../db/receiving-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { emptyReceiptForm, formToReceipt, type ReceiptDraft, type ReceiptFormValues } from './receipt-form';

const isField = (path: string) => path === 'deliveryNoteNo' || path === 'supplier' || /^lines\.\d+\./.test(path);

/** IN-2: the part the signed-in person plays in this delivery; the other one confirms with their PIN. */
export type ReceivingRole = 'receiver' | 'keeper';

export interface ReceiptForm {
  values: ReceiptFormValues;
  refusal: Refusal;
  posting: boolean;
  update: (change: Partial<ReceiptFormValues>) => void;
  /** Checks the form; the draft to confirm, or undefined (the issues are shown at their fields). */
  check: () => ReceiptDraft | undefined;
  /** IN-2: posts with the signed-in person in `role` and the second person in the other role. */
  post: (draft: ReceiptDraft, role: ReceivingRole, other: StaffConfirmation, repeatConfirmed: boolean) => Promise<PostedReceipt | undefined>;
}

export function useReceiptForm(): ReceiptForm {
  const t = useT();
  const actor = useActor();
  const [values, setValues] = useState(emptyReceiptForm);
  const [refusal, setRefusal] = useState<Refusal>(noRefusal);
  const [posting, setPosting] = useState(false);

  const update = useCallback((change: Partial<ReceiptFormValues>) => {
    setValues((v) => ({ ...v, ...change }));
    setRefusal(noRefusal);
  }, []);

  const check = useCallback(() => {
    const { draft, issues } = formToReceipt(values);
    setRefusal(refusalFromIssues(t, issues, isField));
    return issues.length === 0 ? draft : undefined;
  }, [values, t]);

  const post = useCallback(async (draft: ReceiptDraft, role: ReceivingRole, other: StaffConfirmation, repeatConfirmed: boolean) => {
    setPosting(true);
    try {
      // The signed-in person confirmed with their PIN when the session began; the other just now.
      const now = Date.now();
      const me = { staffId: actor.staffId, name: actor.name, at: now };
      const [receiver, keeper] = role === 'receiver' ? [me, other] : [other, me];
      return await postReceipt(getDb(), actor, { ...draft, repeatConfirmed }, receiver, keeper, now);
    } catch (e) {
      setRefusal(refusalOf(t, e, isField));
      return undefined;
    } finally {
      setPosting(false);
    }
  }, [actor, t]);

  return { values, refusal, posting, update, check, post };
}
