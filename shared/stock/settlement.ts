import type { Issue } from '../validation';
import { locationOf, type Movement, type MovementLine, type MovementRef, type StockLocation } from './ledger';
import { issue, type StockMessage } from './messages';
import type { DeliveryMode } from './outbound';
import { movementRules, paperDirections, paperTypes, ruleFor, type Direction, type MovementRule, type PaperType } from './reconcile-rules';

export type { Direction, PaperType } from './reconcile-rules';

/**
 * WH-1 daily settlement: the day's inbound and outbound per product, and the ledger reconciled with
 * the paper. Every movement is matched to the papers its rule asks for (reconcile-rules.ts: a receipt's
 * 入库单, a released slip's 产品购销单 and its 发货明细表 when shipped, an exchange's 入库单 / 出库单 …),
 * every paper's lines to the movements of its record; each mismatch is listed by document with what
 * is missing, and the day is 账单相符 only when nothing is.
 */
export interface SettlementDocument {
  ref: MovementRef;
  docNo: string;
  /** Signed quantities the paper says moved (+ in, − out), each in its place. */
  lines: MovementLine[];
  /** What paper it is (absent on reports settled before papers had types: matched by its lines' direction). */
  paper?: PaperType;
  /** How the goods left, for outbound paper (a shipped slip or exchange also needs its shipping list). */
  delivery?: DeliveryMode;
}

export interface ProductDayTotal {
  productId: number;
  inbound: number;
  outbound: number;
  /** inbound − outbound. */
  net: number;
}

/** A difference to explain before the day is settled, listed under `docNo`. `key` is stable, for attaching the explanation. */
export type SettlementDifference =
  | { key: string; kind: 'movementWithoutDocument'; docNo: string; ref?: MovementRef; productId: number; direction: Direction; movementQty: number; location?: StockLocation }
  | { key: string; kind: 'documentWithoutMovement'; docNo: string; ref: MovementRef; paper?: PaperType }
  | {
    key: string; kind: 'quantityMismatch'; docNo: string; ref: MovementRef; productId: number; direction: Direction; documentQty: number; movementQty: number;
    paper?: PaperType; location?: StockLocation;
  }
  /** A movement whose rule asks for a paper that is not there (e.g. a courier exchange without its shipping list). */
  | { key: string; kind: 'missingPaper'; docNo: string; ref: MovementRef; paper: PaperType; message: StockMessage };

/** How many documents of one kind of paper were checked. */
export interface PaperCount {
  paper: PaperType;
  count: number;
}

/** One movement of the day with the papers it was matched to. */
export interface MovementMatch {
  docNo: string;
  kind: Movement['kind'];
  ref?: MovementRef;
  papers: { paper: PaperType; docNo?: string }[];
  /** Every paper found, and all their quantities agree with the ledger. */
  ok: boolean;
}

export interface DaySettlementResult {
  day: string;
  totals: ProductDayTotal[];
  movementCount: number;
  documentCount: number;
  differences: SettlementDifference[];
  /** True when every movement has its papers and every paper line its movement. */
  balanced: boolean;
  /** Which papers were checked and how many (absent on reports settled before it was kept). */
  checked?: PaperCount[];
  /** Each movement with the papers it was matched to (absent on reports settled before it was kept). */
  matches?: MovementMatch[];
}

/** What is kept when a day is settled (the settlement report prints from it). */
export interface SettledDay extends DaySettlementResult {
  id?: number;
  settledAt: number;
  settledById: number;
  settledByName: string;
  /** Difference key → the keeper's explanation. */
  explanations: Record<string, string>;
}

const refKey = (r: MovementRef) => `${r.type}:${r.id}`;
const directionOf = (qty: number): Direction => (qty >= 0 ? 'in' : 'out');
/** product:direction, with ':faulty' for faulty stock (sellable keeps the short key older reports used). */
const lineKey = (l: MovementLine) => `${l.productId}:${directionOf(l.qty)}${locationOf(l) === 'faulty' ? ':faulty' : ''}`;

function parseLineKey(k: string): { productId: number; direction: Direction; location?: StockLocation } {
  const [id, dir, place] = k.split(':');
  return { productId: Number(id), direction: dir === 'out' ? 'out' : 'in', ...(place === 'faulty' ? { location: 'faulty' as const } : {}) };
}

/** (product, direction, place) → absolute quantity, over some lines. */
function sumLines(lines: Iterable<MovementLine>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(lineKey(l), (sums.get(lineKey(l)) ?? 0) + Math.abs(l.qty));
  return sums;
}

/** WH-1: per product, the day's inbound and outbound quantities. */
export function dayTotals(movements: Iterable<Movement>): ProductDayTotal[] {
  const totals = new Map<number, ProductDayTotal>();
  for (const m of movements) {
    for (const l of m.lines) {
      const t = totals.get(l.productId) ?? { productId: l.productId, inbound: 0, outbound: 0, net: 0 };
      if (l.qty >= 0) t.inbound += l.qty;
      else t.outbound -= l.qty;
      t.net = t.inbound - t.outbound;
      totals.set(l.productId, t);
    }
  }
  return [...totals.values()].sort((a, b) => a.productId - b.productId);
}

/** The directions a paper covers: its type's, or for an untyped paper those its lines go. */
function directionsOf(doc: SettlementDocument): readonly Direction[] {
  return doc.paper ? paperDirections(doc.paper) : [...new Set(doc.lines.map((l) => directionOf(l.qty)))];
}

function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** A paper against the movements of its record in its directions: missing altogether, or line by line. */
function paperDifferences(doc: SettlementDocument, moved: Map<string, number>): SettlementDifference[] {
  const dirs = directionsOf(doc);
  const inDirs = [...moved].filter(([k]) => dirs.includes(parseLineKey(k).direction));
  const paper = doc.paper ? { paper: doc.paper } : {};
  if (inDirs.length === 0) return [{ key: `nomove:${doc.docNo}${doc.paper ? `:${doc.paper}` : ''}`, kind: 'documentWithoutMovement', docNo: doc.docNo, ref: doc.ref, ...paper }];
  const onPaper = sumLines(doc.lines);
  const keys = [...new Set([...onPaper.keys(), ...inDirs.map(([k]) => k)])];
  return keys.flatMap((k): SettlementDifference[] => {
    const documentQty = onPaper.get(k) ?? 0;
    const movementQty = moved.get(k) ?? 0;
    if (documentQty === movementQty) return [];
    return [{ key: `qty:${doc.docNo}${doc.paper ? `:${doc.paper}` : ''}:${k}`, kind: 'quantityMismatch', docNo: doc.docNo, ref: doc.ref, ...parseLineKey(k), documentQty, movementQty, ...paper }];
  });
}

function movementWithoutPaper(m: Movement): SettlementDifference[] {
  return [...sumLines(m.lines)].map(([k, movementQty]) => ({
    key: `nodoc:${m.docNo}:${k}`, kind: 'movementWithoutDocument' as const, docNo: m.docNo, ...parseLineKey(k), movementQty, ...(m.ref ? { ref: m.ref } : {}),
  }));
}

/** Per kind of paper, how many distinct documents were checked, in the papers' order. */
function checkedCounts(documents: readonly SettlementDocument[]): PaperCount[] {
  const seen = new Map<PaperType, Set<string>>();
  for (const d of documents) {
    if (!d.paper) continue;
    seen.set(d.paper, (seen.get(d.paper) ?? new Set()).add(`${d.docNo}|${refKey(d.ref)}`));
  }
  return paperTypes.flatMap((paper) => (seen.has(paper) ? [{ paper, count: seen.get(paper)?.size ?? 0 }] : []));
}

/**
 * WH-1: settles one day. Only movements whose business `day` is `day` count; `documents` are the
 * papers the caller gathered for that day (of the records the day's movements refer to, and of any
 * record of the day that should have moved goods). `rules` default to one rule per kind of movement.
 * Pure: locking and saving are the repository's part.
 */
export function settleDay(day: string, movements: Iterable<Movement>, documents: readonly SettlementDocument[], rules: readonly MovementRule[] = movementRules): DaySettlementResult {
  const todays = [...movements].filter((m) => m.day === day);
  const papers = documents.filter((d) => d.lines.length > 0);
  const papersByRef = groupBy(papers, (d) => refKey(d.ref));
  const movedByRef = new Map([...groupBy(todays.filter((m) => m.ref), (m) => (m.ref ? refKey(m.ref) : ''))].map(([k, ms]) => [k, sumLines(ms.flatMap((m) => m.lines))]));
  const differences: SettlementDifference[] = [];
  const matches: MovementMatch[] = [];
  for (const m of todays) {
    const rule = ruleFor(m, rules);
    if (!rule || !m.ref) {
      differences.push(...movementWithoutPaper(m));
      matches.push({ docNo: m.docNo, kind: m.kind, ...(m.ref ? { ref: m.ref } : {}), papers: [], ok: false });
      continue;
    }
    const ref = m.ref;
    const found = papersByRef.get(refKey(ref)) ?? [];
    const required = rule.requires(found);
    const matched = required.map((req) => ({ req, doc: found.find((d) => d.paper === req.paper) }));
    for (const { req, doc } of matched) {
      if (!doc) differences.push({ key: `missing:${m.docNo}:${req.paper}`, kind: 'missingPaper', docNo: m.docNo, ref, paper: req.paper, message: req.missing });
    }
    matches.push({ docNo: m.docNo, kind: m.kind, ref, papers: matched.map(({ req, doc }) => ({ paper: req.paper, ...(doc ? { docNo: doc.docNo } : {}) })), ok: matched.every((x) => x.doc) });
  }
  for (const doc of papers) differences.push(...paperDifferences(doc, movedByRef.get(refKey(doc.ref)) ?? new Map()));
  // A matched movement is not ok when one of its papers disagrees with the ledger.
  const disagreeing = new Set(differences.flatMap((d) => (d.kind === 'quantityMismatch' ? [`${refKey(d.ref)}|${d.paper ?? ''}`] : [])));
  for (const match of matches) if (match.ref && match.papers.some((p) => disagreeing.has(`${refKey(match.ref ?? { type: 'slip', id: 0 })}|${p.paper}`))) match.ok = false;
  return {
    day, totals: dayTotals(todays), movementCount: todays.length, documentCount: papers.length, differences, balanced: differences.length === 0,
    checked: checkedCounts(papers), matches,
  };
}

/** WH-1: every difference needs a written explanation before the day can be settled. */
export function validateSettlement(result: DaySettlementResult, explanations: Readonly<Record<string, string>>): Issue[] {
  return result.differences
    .filter((d) => (explanations[d.key] ?? '').trim() === '')
    .map((d) => issue(`explanations.${d.key}`, 'stock.settlement.explanationRequired'));
}
