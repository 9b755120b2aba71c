import dayjs from 'dayjs';
import type { CallLog } from '@shared/domain/call-log';

/** "2026-11-23 09:35 刘洋 15100001111\n收到的包装箱破损…": one complaint call in a dialog or a list. */
export function callLine(call: Pick<CallLog, 'at' | 'contact' | 'phone' | 'content'>): string {
  const who = [call.contact, call.phone].filter((p) => p.trim() !== '').join(' ');
  return `${dayjs(call.at).format('YYYY-MM-DD HH:mm')} ${who}\n${call.content}`;
}
