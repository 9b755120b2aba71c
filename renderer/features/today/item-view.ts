import { isBackupOverdue } from '@shared/backup/schedule';
import type { StringKey } from '@shared/i18n';
import type { BoardItemId } from '@shared/today/board-items';
import { settlementReminder } from '@shared/today/settlement-reminder';
import type { ItemValue } from '../../db/today-repo';

/** calm: nothing to do (dimmed); due: work waiting; alert: late or serious; done: a state that is fine. */
export type Tone = 'calm' | 'due' | 'alert' | 'done';

export interface TextRef {
  key: StringKey;
  params?: Record<string, string | number>;
}

export interface CardView {
  /** The big figure: a number ("100+" when counting stopped at the cap), or a short word for the state cards. */
  figure: { count: number; atLeast?: boolean } | TextRef;
  tone: Tone;
  /** The line under the label (overdue split, last backup time …). */
  sub?: TextRef;
}

/** Items whose any count means something is late (the rule already says "overdue"). */
const lateWhenAny: ReadonlySet<BoardItemId> = new Set(['unsettledDays', 'reviewOverdue', 'seriousComplaints', 'chase', 'lowStock']);

export type LoadedValue = ItemValue | { kind: 'error'; message: string };

function countView(id: BoardItemId, v: Extract<ItemValue, { kind: 'count' }>): CardView {
  const late = (v.overdue ?? 0) > 0 || (v.major ?? 0) > 0 || (v.count > 0 && lateWhenAny.has(id));
  const tone: Tone = v.count === 0 ? 'calm' : late ? 'alert' : 'due';
  let sub: TextRef | undefined;
  if (v.major) sub = { key: 'today.count.majorIncidents', params: { count: v.major } };
  else if (v.overdue) sub = { key: 'today.count.overdue', params: { count: v.overdue } };
  else if (v.oldestDay) sub = { key: 'today.count.oldest', params: { day: v.oldestDay } };
  return { figure: { count: v.count, ...(v.atLeast ? { atLeast: true } : {}) }, tone, ...(sub ? { sub } : {}) };
}

/** The figure as shown: "3", "100+", or the state's word. */
export function figureText(view: CardView, t: (key: TextRef['key'], params?: TextRef['params']) => string): string {
  const f = view.figure;
  return 'count' in f ? `${f.count}${f.atLeast ? '+' : ''}` : t(f.key, f.params);
}

/** "HH:mm" today, else "MM-DD HH:mm": when the last backup ran. */
export function backupWhen(lastAt: number, now: number): string {
  const d = new Date(lastAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return new Date(now).toDateString() === d.toDateString() ? time : `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
}

/** What a card shows for its value at `now` (the state cards depend on the clock: 18:00, one day). */
export function cardView(id: BoardItemId, value: LoadedValue, now: number): CardView {
  switch (value.kind) {
    case 'count':
      return countView(id, value);
    case 'settlement': {
      const state = settlementReminder(now, value.settled, value.time);
      const tone: Tone = state === 'settled' ? 'done' : state === 'due' ? 'alert' : 'calm';
      return { figure: { key: `today.settlement.${state}`, params: { time: value.time } }, tone };
    }
    case 'backup': {
      if (value.lastAt === null) return { figure: { key: 'today.backup.state.overdue' }, tone: 'alert', sub: { key: 'today.backup.never' } };
      const when = { key: 'today.backup.ok', params: { when: backupWhen(value.lastAt, now) } } satisfies TextRef;
      return isBackupOverdue(value.lastAt, now)
        ? { figure: { key: 'today.backup.state.overdue' }, tone: 'alert', sub: when }
        : { figure: { key: 'today.backup.state.ok' }, tone: 'done', sub: when };
    }
    case 'error':
      return { figure: { key: 'today.month.empty' }, tone: 'calm', sub: { key: 'today.error', params: { message: value.message } } };
  }
}
