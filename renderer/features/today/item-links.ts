import type { BoardItemId } from '@shared/today/board-items';

/**
 * Where each card opens: the owning screen's queue or tab, by its address (features do not import
 * each other, so the addresses are written out here; each screen documents its own).
 */
export const itemLinks: Readonly<Record<BoardItemId, string>> = {
  followUps: '#/calls',
  chase: '#/shipping/chase',
  callbacks: '#/shipping/callback',
  awaitingAnalysis: '#/service',
  awaitingDispatch: '#/service',
  dispatchesToday: '#/service/board',
  outstandingDue: '#/service/outstanding',
  issuesToRegister: '#/service/outstanding',
  backup: '#/settings',
  settlementToday: '#/products/settlement',
  unsettledDays: '#/products/settlement',
  lowStock: '#/products/stock',
  discrepancies: '#/products/discrepancies',
  pickingToday: '#/shipping/work',
  awaitingSecondCount: '#/shipping/work',
  openStockTakes: '#/products/stockTake',
  partsReleases: '#/products/partsReleases',
  releasesAwaitingSignOff: '#/slips',
  dispatchChanges: '#/service/board',
  reopenRequests: '#/products/settlement',
  variancesAwaitingApproval: '#/products/stockTake',
  discrepancyApprovals: '#/products/discrepancies',
  seriousComplaints: '#/service/complaints',
  reviewOverdue: '#/review',
  exportsDue: '#/exports',
  removalDue: '#/exports',
};

export const settlementHref = itemLinks.settlementToday;

/** Cards whose one waiting record has its own address: a single item opens the record itself. */
const recordLinks: Partial<Record<BoardItemId, (id: number) => string>> = {
  pickingToday: (id) => `#/shipping/work/${id}`,
  awaitingSecondCount: (id) => `#/shipping/work/${id}`,
  releasesAwaitingSignOff: (id) => `#/slips/${id}`,
};

/** Where the card opens: the record when exactly one is waiting and it has an address, else the queue. */
export function itemHref(id: BoardItemId, onlyRecordId?: number): string {
  const record = recordLinks[id];
  return record && onlyRecordId !== undefined ? record(onlyRecordId) : itemLinks[id];
}
