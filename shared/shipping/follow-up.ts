import type { Shipment, ShipmentStatus } from './shipment';

/**
 * SHP-4 "当货发出第三天时,未抵达到目的地时…": days are counted the Chinese way, the dispatch day
 * being the first. A parcel dispatched on local day D is due for chasing from local 00:00 of D+2
 * (the third day) — not during D+1 (the second day). Local calendar days, so a late-evening
 * dispatch still counts its own day as day 1, and DST days are whole days.
 */
export const chaseAfterDays = 2;

const startOfDay = (ms: number, addDays = 0): number => {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + addDays).getTime();
};

/** When a parcel shipped at `shippedAt` becomes due for chasing (epoch ms, local midnight). */
export function chaseDueFrom(shippedAt: number, afterDays = chaseAfterDays): number {
  return startOfDay(shippedAt, afterDays);
}

/**
 * Shipped before this instant ⇔ due by now: dispatch day ≤ today − afterDays ⇔ shippedAt < local
 * 00:00 of (today − afterDays + 1). One number per queue, so a 200k-row scan compares numbers only.
 */
export function chaseCutoff(now: number, afterDays = chaseAfterDays): number {
  return startOfDay(now, 1 - afterDays);
}

/** Not yet delivered; an exception (lost, held) is still chased. */
const chaseable: ReadonlySet<ShipmentStatus> = new Set(['shipped', 'inTransit', 'chasing', 'exception']);

function chasedSince(s: Shipment, since: number): boolean {
  const last = s.chases[s.chases.length - 1];
  return last !== undefined && last.at >= since;
}

/** Still on the road: a callback's exception (damaged on arrival) was delivered, a voided slip's parcel is not followed. */
export function isChaseable(s: Pick<Shipment, 'status' | 'signedAt' | 'voided'>): boolean {
  return chaseable.has(s.status) && s.signedAt === undefined && s.voided === undefined;
}

function dueForChase(s: Shipment, cutoff: number, today: number): boolean {
  return isChaseable(s) && s.shippedAt < cutoff && !chasedSince(s, today);
}

/**
 * SHP-4: undelivered and on or after the third day since dispatch (see `chaseAfterDays`), and not
 * already chased today (an undelivered parcel comes back the next day).
 */
export function isDueForChase(s: Shipment, now: number, afterDays = chaseAfterDays): boolean {
  return dueForChase(s, chaseCutoff(now, afterDays), startOfDay(now));
}

/** SHP-5: signed for and not yet called back successfully (a callback nobody answered stays due). */
export function isDueForCallback(s: Shipment): boolean {
  return s.status === 'signed' && s.voided === undefined;
}

/** 待催查: due shipments, the longest on the road first. */
export function chaseQueue(shipments: Iterable<Shipment>, now: number, afterDays = chaseAfterDays): Shipment[] {
  const cutoff = chaseCutoff(now, afterDays);
  const today = startOfDay(now);
  const due: Shipment[] = [];
  for (const s of shipments) if (dueForChase(s, cutoff, today)) due.push(s);
  return due.sort((a, b) => a.shippedAt - b.shippedAt);
}

/** 待回访: signed-for shipments, the earliest signed first. */
export function callbackQueue(shipments: Iterable<Shipment>): Shipment[] {
  const due: Shipment[] = [];
  for (const s of shipments) if (isDueForCallback(s)) due.push(s);
  return due.sort((a, b) => (a.signedAt ?? a.shippedAt) - (b.signedAt ?? b.shippedAt));
}
