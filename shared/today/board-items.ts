import type { Role } from '../auth/roles';

/**
 * The Today board (首页): what is due now, by role. Everyone sees the daily front-desk work; the
 * warehouse its stock day; the supervisor what needs a leader. A person with several roles sees the
 * union. Pure data: the renderer draws one card per visible item, in this order.
 */
export const boardSections = ['everyone', 'warehouse', 'supervisor'] as const;
export type BoardSection = (typeof boardSections)[number];

export const boardItemIds = [
  // everyone
  'followUps',
  'chase',
  'callbacks',
  'awaitingAnalysis',
  'awaitingDispatch',
  'dispatchesToday',
  'outstandingDue',
  'issuesToRegister',
  'backup',
  // warehouse
  'settlementToday',
  'unsettledDays',
  'lowStock',
  'discrepancies',
  'pickingToday',
  'awaitingSecondCount',
  'openStockTakes',
  'partsReleases',
  // supervisor
  'releasesAwaitingSignOff',
  'dispatchChanges',
  'reopenRequests',
  'variancesAwaitingApproval',
  'discrepancyApprovals',
  'seriousComplaints',
  'reviewOverdue',
  'exportsDue',
  'removalDue',
] as const;
export type BoardItemId = (typeof boardItemIds)[number];

export interface BoardItemDef {
  id: BoardItemId;
  section: BoardSection;
  /** Who sees it; `'all'` for everyone signed in. */
  roles: readonly Role[] | 'all';
  /** The rule the item follows, for the card's tooltip and the tests. */
  rule?: string;
}

const everyone = (id: BoardItemId, rule?: string): BoardItemDef => ({ id, section: 'everyone', roles: 'all', ...(rule ? { rule } : {}) });
const warehouse = (id: BoardItemId, rule: string, roles: readonly Role[] = ['warehouse']): BoardItemDef => ({ id, section: 'warehouse', roles, rule });
const supervisor = (id: BoardItemId, rule: string): BoardItemDef => ({ id, section: 'supervisor', roles: ['supervisor'], rule });

export const boardItems: readonly BoardItemDef[] = [
  everyone('followUps'),
  everyone('chase', 'SHP-4'),
  everyone('callbacks', 'SHP-5'),
  everyone('awaitingAnalysis', 'SVC-1'),
  everyone('awaitingDispatch', 'SVC-2'),
  everyone('dispatchesToday', 'SVC-2'),
  everyone('outstandingDue', 'SVC-3'),
  // SHP-5 → SVC-3: a callback found damage or a wrong box; its outstanding issue is not recorded yet.
  everyone('issuesToRegister', 'SHP-5'),
  everyone('backup'),
  warehouse('settlementToday', 'WH-1'),
  warehouse('unsettledDays', 'WH-1'),
  warehouse('lowStock', 'IN-1'),
  warehouse('discrepancies', 'IN-3'),
  // OUT-4: picking and the second count are warehouse and logistics work.
  warehouse('pickingToday', 'OUT-2', ['warehouse', 'logistics']),
  warehouse('awaitingSecondCount', 'OUT-4', ['warehouse', 'logistics']),
  warehouse('openStockTakes', 'WH-2'),
  // SVC-3: parts a service report used, waiting for the keeper to release them (出库).
  warehouse('partsReleases', 'SVC-3'),
  supervisor('releasesAwaitingSignOff', 'OUT-7'),
  supervisor('dispatchChanges', 'SVC-2'),
  // WH-1: a settled day the warehouse asked to reopen while the supervisor was away.
  supervisor('reopenRequests', 'WH-1'),
  supervisor('variancesAwaitingApproval', 'WH-2'),
  // IN-3: a count that differs is reported to the superior, who handles it.
  supervisor('discrepancyApprovals', 'IN-3'),
  supervisor('seriousComplaints', 'SVC-4'),
  supervisor('reviewOverdue', 'REV-1'),
  supervisor('exportsDue', 'REC-2'),
  supervisor('removalDue', 'REC-1'),
];

export function seesItem(roles: readonly Role[], item: Pick<BoardItemDef, 'roles'>): boolean {
  return item.roles === 'all' || roles.some((r) => item.roles.includes(r));
}

export interface BoardSectionView {
  section: BoardSection;
  items: BoardItemDef[];
}

/**
 * The board of a person with `roles`: the sections with at least one item they see, in order.
 * `available` leaves out items whose records the app does not keep yet (no fake counts).
 */
export function boardFor(roles: readonly Role[], available: (id: BoardItemId) => boolean = () => true): BoardSectionView[] {
  return boardSections
    .map((section) => ({ section, items: boardItems.filter((i) => i.section === section && seesItem(roles, i) && available(i.id)) }))
    .filter((s) => s.items.length > 0);
}
