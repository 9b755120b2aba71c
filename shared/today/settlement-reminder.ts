import { defaultSettlementTime, isSettlementOpen } from '../stock/settlement-time';

/**
 * WH-1 on the board: 'settled' once today is settled; before the settlement time 'notYet' (a quiet
 * card); from the settlement time (18:00) 'due', which the board shows as a prominent 日结 reminder.
 */
export type SettlementReminder = 'settled' | 'notYet' | 'due';

export function settlementReminder(now: number, settledToday: boolean, time: string = defaultSettlementTime): SettlementReminder {
  if (settledToday) return 'settled';
  return isSettlementOpen(now, time) ? 'due' : 'notYet';
}
