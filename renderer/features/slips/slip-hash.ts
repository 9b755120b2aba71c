/**
 * The open slip is kept in the address (`#/slips/12`), so the shipping screen can link to a slip and
 * back/forward work. Features do not import each other: they share only this URL shape.
 */
export function slipIdFromHash(hash: string): number | null {
  const m = /^#\/slips\/(\d+)(?:[/?]|$)/.exec(hash);
  return m ? Number(m[1]) : null;
}

export function hashForSlip(id: number | null): string {
  return id === null ? '#/slips' : `#/slips/${id}`;
}

/** The shipping steps of a slip, in the shipping module. */
export function shippingHashForSlip(id: number): string {
  return `#/shipping/work/${id}`;
}
