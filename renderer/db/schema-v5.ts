/**
 * Version 5 (issue 7: service requests, reports, cards, outstanding issues, escalations, reviews).
 * The tables' row types are added to AppDB below by interface merging, so this version's owner never edits db.ts.
 */
export const storesV5 = {} as const;

declare module './db' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the service tables
  interface AppDB {}
}
