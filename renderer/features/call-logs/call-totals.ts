import type { CallLog } from '@shared/domain/call-log';

/** A voided call stays on record and in the list, but no longer counts. */
export function isVoided(call: Pick<CallLog, 'voided'>): boolean {
  return call.voided !== undefined;
}

/** The calls that count: a voided call is excluded from every total and from the printed register. */
export function countedCalls<C extends Pick<CallLog, 'voided'>>(calls: readonly C[]): C[] {
  return calls.filter((c) => !isVoided(c));
}

export interface CallTotals {
  /** Calls that count ("共 N 条"). */
  counted: number;
  /** Voided calls still shown in the list. */
  voided: number;
}

export function callTotals(calls: readonly Pick<CallLog, 'voided'>[]): CallTotals {
  const counted = countedCalls(calls).length;
  return { counted, voided: calls.length - counted };
}
