import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ValidationError } from '@shared/validation';
import { useActor, useApproval } from '../../../auth';
import { errorText } from '../../../auth/error-text';
import type { Notice } from '../../../components/notice';
import { getDb } from '../../../db/db';
import { confirmPartsRelease, recentPartsReleases, waitingPartsReleases, type StoredPartsRelease } from '../../../db/parts-releases-repo';
import { useT } from '../../../i18n/context';

/** The waiting releases (oldest first), or with the handled ones (newest first), live. */
export function usePartsReleases(showDone: boolean): StoredPartsRelease[] | undefined {
  return useLiveQuery(() => (showDone ? recentPartsReleases(getDb(), 200) : waitingPartsReleases(getDb())), [showDone]);
}

const needsSignOff = (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.message === 'stock.out.needsSignOff');

/**
 * SVC-3: the keeper's 确认出库. A special part (OUT-7) asks a supervisor's PIN and tries once more with
 * it; any other refusal (not enough stock, a settled day) is said and the release keeps waiting.
 */
export function useConfirmRelease(onNotice: (n: Notice) => void): { busyId: number | null; confirm: (release: StoredPartsRelease) => Promise<void> } {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  const [busyId, setBusyId] = useState<number | null>(null);
  const confirm = useCallback(
    async (release: StoredPartsRelease) => {
      setBusyId(release.id);
      try {
        let done;
        try {
          done = await confirmPartsRelease(getDb(), actor, release.id);
        } catch (e) {
          if (!needsSignOff(e)) throw e;
          const approval = await requestApproval({ title: t('svcui.report.signOffTitle'), description: t('svcui.report.signOffDescription') });
          if (!approval) return;
          done = await confirmPartsRelease(getDb(), actor, release.id, { approval });
        }
        onNotice({ severity: 'success', text: t('partsui.confirmed', { docNo: done.movement.docNo }) });
      } catch (e) {
        onNotice({ severity: 'error', text: errorText(t, e) });
      } finally {
        setBusyId(null);
      }
    },
    [actor, requestApproval, t, onNotice],
  );
  return { busyId, confirm };
}
