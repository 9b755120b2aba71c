/**
 * Version 4 (issue 6: purchase slips, shipping lists, shipments, carriers).
 * The tables' row types are added to AppDB below by interface merging, so this version's owner never edits db.ts.
 */
export const storesV4 = {} as const;

declare module './db' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the purchase-slip and shipping tables
  interface AppDB {}
}
