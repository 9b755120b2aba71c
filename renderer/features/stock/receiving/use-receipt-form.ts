import { useCallback, useState } from 'react';
import { useActor } from '../../../auth';
import { getDb } from '../../../db/db';
import { postReceipt, type PostedReceipt, type StaffConfirmation } from '../../../db/receiving-repo';
import { useT } from '../../../i18n/context';
import { noRefusal, refusalFromIssues, refusalOf, type Refusal } from '../../../components/refusal';
import { emptyReceiptForm, formToReceipt, type ReceiptDraft, type ReceiptFormValues } from './receipt-form';

const isField = (path: string) => path === 'deliveryNoteNo' || path === 'supplier' || /^lines\.\d+\./.test(path);

export interface ReceiptForm {
  values: ReceiptFormValues;
  refusal: Refusal;
  posting: boolean;
  update: (change: Partial<ReceiptFormValues>) => void;
  /** Checks the form; the draft to confirm, or undefined (the issues are shown at their fields). */
  check: () => ReceiptDraft | undefined;
  /** IN-2: posts with the signed-in person as receiver and the second person as keeper. */
  post: (draft: ReceiptDraft, keeper: StaffConfirmation) => Promise<PostedReceipt | undefined>;
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

  const post = useCallback(async (draft: ReceiptDraft, keeper: StaffConfirmation) => {
    setPosting(true);
    try {
      // The receiver is whoever is signed in: they confirmed with their PIN when the session began.
      const now = Date.now();
      return await postReceipt(getDb(), actor, draft, { staffId: actor.staffId, name: actor.name, at: now }, keeper, now);
    } catch (e) {
      setRefusal(refusalOf(t, e, isField));
      return undefined;
    } finally {
      setPosting(false);
    }
  }, [actor, t]);

  return { values, refusal, posting, update, check, post };
}
