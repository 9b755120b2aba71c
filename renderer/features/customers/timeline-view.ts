import type { CallLog } from '@shared/domain/call-log';
import type { Translate } from '@shared/i18n';
import type { CustomerReturn } from '@shared/stock/returns';
import type { Exchange } from '@shared/stock/exchange';
import type { TimelineEntry } from '../../db/customers-repo';
import { isStringKey } from '../../i18n/issue-text';

/** One line of the customer card's timeline, whatever record it stands for. */
export interface TimelineItem {
  key: string;
  at: number;
  kindLabel: string;
  title: string;
  /** Further lines of text (content, result, reason …), blanks left out. */
  lines: string[];
  handler?: string;
  voided: boolean;
}

/** Any timeline entry: the known kinds and those later issues add (slips, shipments, service records). */
type AnyEntry = { kind: string; at: number; id: number };

const textOf = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const translated = (t: Translate, v: unknown): string => {
  const s = textOf(v);
  return isStringKey(s) ? t(s) : s;
};

function kindLabel(t: Translate, entry: AnyEntry & { label?: unknown }): string {
  const own = translated(t, entry.label);
  if (own) return own;
  const key = `customersui.timeline.kind.${entry.kind}`;
  return isStringKey(key) ? t(key) : entry.kind;
}

function callItem(t: Translate, call: CallLog): Pick<TimelineItem, 'title' | 'lines' | 'handler' | 'voided'> {
  return {
    title: t('customersui.timeline.callTitle', { direction: t(`call.direction.${call.direction}`), topic: t(`call.topic.${call.topic}`) }),
    lines: [call.content, call.result ? t('customersui.timeline.result', { result: call.result }) : ''],
    handler: call.handlerName,
    voided: call.voided !== undefined,
  };
}

function returnItem(t: Translate, ret: CustomerReturn): Pick<TimelineItem, 'title' | 'lines' | 'handler' | 'voided'> {
  const qty = ret.lines.reduce((sum, l) => sum + l.qty, 0);
  return {
    title: ret.docNo,
    lines: [t('customersui.timeline.lines', { count: ret.lines.length, qty }), ret.reason],
    handler: ret.handlerName,
    voided: false,
  };
}

function exchangeItem(t: Translate, x: Exchange): Pick<TimelineItem, 'title' | 'lines' | 'handler' | 'voided'> {
  const title = x.inDocNo === x.outDocNo ? x.inDocNo : t('customersui.timeline.exchangeDocs', { in: x.inDocNo, out: x.outDocNo });
  return { title, lines: [x.reason ?? '', x.inspection.note], handler: x.handlerName, voided: false };
}

/** The record an entry carries (`call`, `slip`, …): its one object-valued field. */
function payloadOf(entry: object): Record<string, unknown> {
  for (const [key, value] of Object.entries(entry)) {
    if (key !== 'label' && typeof value === 'object' && value !== null && !Array.isArray(value)) return { ...value };
  }
  return {};
}

const titleFields = ['summary', 'title', 'docNo', 'slipNo', 'no', 'number'] as const;
const lineFields = ['content', 'description', 'reason', 'result', 'status', 'carrier', 'trackingNo', 'note'] as const;

/** A code such as a status reads through the dictionary's `<kind>.status.<code>` (slip.status.posted → 已发货). */
function fieldText(t: Translate, kind: string, field: string, v: unknown): string {
  const key = `${kind}.${field}.${textOf(v)}`;
  return isStringKey(key) ? t(key) : translated(t, v);
}

/**
 * A kind this screen does not know yet (added by a later issue): shown by what it carries — its own
 * `label`/`summary` if given, else common fields of its record — so it appears without a UI change.
 */
function genericItem(t: Translate, entry: AnyEntry & Record<string, unknown>): Pick<TimelineItem, 'title' | 'lines' | 'handler' | 'voided'> {
  const record = payloadOf(entry);
  const title = translated(t, entry.summary) || titleFields.map((f) => translated(t, record[f])).find((s) => s !== '') || '';
  return {
    title,
    lines: lineFields.map((f) => fieldText(t, entry.kind, f, record[f])).filter((s) => s !== '' && s !== title),
    handler: textOf(record.handlerName) || undefined,
    voided: Boolean(record.voided) || Boolean(entry.voided),
  };
}

function body(t: Translate, entry: TimelineEntry): Pick<TimelineItem, 'title' | 'lines' | 'handler' | 'voided'> {
  switch (entry.kind) {
    case 'call':
      return callItem(t, entry.call);
    case 'return':
      return returnItem(t, entry.ret);
    case 'exchange':
      return exchangeItem(t, entry.exchange);
    default:
      return genericItem(t, entry);
  }
}

/** The card's view of a timeline entry: kind, when, a title line, further lines, the handler. */
export function timelineItem(t: Translate, entry: TimelineEntry): TimelineItem {
  const b = body(t, entry);
  return {
    key: `${entry.kind}-${entry.id}`,
    at: entry.at,
    kindLabel: kindLabel(t, entry),
    ...b,
    lines: b.lines.map((l) => l.trim()).filter((l) => l !== ''),
  };
}
