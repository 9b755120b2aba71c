import { useState } from 'react';
import { useActor, useApproval } from '../../../auth';
import { errorText } from '../../../auth/error-text';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import {
  completeSlipPickup, confirmSlipPickup, issueSlip, markSlipPrinted, recordSlipSignOff, signSlip, voidSlip, type SavedSlip,
} from '../../../db/slips-repo';
import { useT } from '../../../i18n/context';

export interface SlipSteps {
  busy: boolean;
  error: string | null;
  clearError: () => void;
  /** OUT-7: the supervisor signs off with their PIN; false when cancelled or refused. */
  signOff: () => Promise<boolean>;
  sign: (name: string) => Promise<boolean>;
  /** OUT-1 出库; asks the OUT-7 sign-off first when it is still pending. */
  issue: () => Promise<boolean>;
  confirm: (name: string) => Promise<boolean>;
  complete: () => Promise<boolean>;
  /** `withScreenshot`: the printed job held the back-office screenshot page (OUT-2). */
  markPrinted: (withScreenshot: boolean) => Promise<boolean>;
  /** Voids with the reason after the supervisor's approval: null when voided, '' when the approval was cancelled, else the refusal. */
  voidWith: (reason: string) => Promise<string | null>;
}

/** The slip's steps, each through its repository (rules re-checked there); a refusal shows its rule text. */
export function useSlipSteps(slip: SavedSlip, products: string[], onNotice: (n: Notice) => void): SlipSteps {
  const t = useT();
  const actor = useActor();
  const approve = useApproval();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const db = getDb();

  const run = async (work: () => Promise<string | null>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const done = await work();
      if (done) onNotice({ severity: 'success', text: done });
      return done !== null;
    } catch (e) {
      setError(errorText(t, e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const askSignOff = async (): Promise<boolean> => {
    const approval = await approve({
      title: t('slipsui.signOff.title'),
      description: t('slipsui.signOff.description', { no: slip.no, products: products.join(t('list.separator')) }),
    });
    if (!approval) return false;
    await recordSlipSignOff(db, actor, slip.id, approval);
    return true;
  };

  return {
    busy,
    error,
    clearError: () => setError(null),
    signOff: () => run(async () => ((await askSignOff()) ? t('slipsui.notice.signOff') : null)),
    sign: (name) => run(async () => (await signSlip(db, actor, slip.id, { name, at: Date.now() }), t('slipsui.notice.signed'))),
    issue: () =>
      run(async () => {
        if (products.length > 0 && !(await askSignOff())) return null;
        const { movement } = await issueSlip(db, actor, slip.id);
        return t('slipsui.notice.issued', { docNo: movement.docNo });
      }),
    confirm: (name) => run(async () => (await confirmSlipPickup(db, actor, slip.id, { name, at: Date.now(), countMatches: true }), t('slipsui.notice.confirmed'))),
    complete: () => run(async () => (await completeSlipPickup(db, actor, slip.id), t('slipsui.notice.done'))),
    markPrinted: (withScreenshot) => run(async () => (await markSlipPrinted(db, actor, slip.id, Date.now(), withScreenshot), t('slipsui.notice.printed'))),
    voidWith: async (reason) => {
      const approval = await approve({ title: t('slipsui.void.approvalTitle', { no: slip.no }), description: t('slipsui.void.approvalDescription', { reason }) });
      if (!approval) return '';
      try {
        await voidSlip(db, actor, slip.id, reason, approval);
        onNotice({ severity: 'success', text: t('slipsui.notice.voided', { no: slip.no }) });
        return null;
      } catch (e) {
        return errorText(t, e);
      }
    },
  };
}
