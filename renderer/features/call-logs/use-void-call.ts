import { useCallback } from 'react';
import dayjs from 'dayjs';
import type { CallLog } from '@shared/domain/call-log';
import type { Translate } from '@shared/i18n';
import { ValidationError } from '@shared/validation';
import { useActor, useApproval } from '../../auth';
import { voidCallLog } from '../../db/call-logs-repo';
import { getDb } from '../../db/db';
import { useT } from '../../i18n/context';
import { issueText } from '../../i18n/issue-text';

/** One line that identifies a call for the void dialog and the supervisor's approval. */
export function callSubject(t: Translate, call: CallLog): string {
  return t('calls.void.subject', {
    at: dayjs(call.at).format('YYYY-MM-DD HH:mm'),
    phone: call.phone || call.contact,
    content: call.content,
  });
}

function failureText(t: Translate, e: unknown): string {
  if (e instanceof ValidationError) return e.issues.map((i) => issueText(t, i.message)).join(t('audit.separator'));
  return t('calls.void.failed', { message: e instanceof Error ? e.message : String(e) });
}

export type VoidOutcome = { kind: 'voided' } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/**
 * 作废 a call: the reason comes from the void dialog, then a supervisor approves with their PIN, then
 * the repository voids it (and re-checks the approval). A cancelled approval writes nothing.
 */
export function useVoidCall(): (call: CallLog, reason: string) => Promise<VoidOutcome> {
  const t = useT();
  const actor = useActor();
  const requestApproval = useApproval();
  return useCallback(
    async (call, reason) => {
      // Rows come from the database, so they have ids; a row without one is a programming error.
      if (call.id === undefined) throw new Error('voidCall: the call has no id');
      const subject = callSubject(t, call);
      const approval = await requestApproval({
        title: t('calls.void.approvalTitle'),
        description: t('calls.void.approvalDescription', { subject, reason }),
      });
      if (!approval) return { kind: 'cancelled' };
      try {
        await voidCallLog(getDb(), actor, call.id, reason, approval);
        return { kind: 'voided' };
      } catch (e) {
        return { kind: 'failed', message: failureText(t, e) };
      }
    },
    [t, actor, requestApproval],
  );
}
