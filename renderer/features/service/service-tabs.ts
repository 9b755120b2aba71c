/**
 * The tabs of 服务, each with its own address under the module's hash (`#/service/board`), and the
 * addresses other modules link to: `#/service/new?call=123` (登记服务需求 from a call) and
 * `#/service/new?customer=5` (from the customer card) open the registration form, filled in. The
 * app's router only reads the first segment, so all of these open this screen.
 */
export const serviceTabs = ['requests', 'board', 'reports', 'cards', 'outstanding', 'complaints'] as const;
export type ServiceTab = (typeof serviceTabs)[number];

export const serviceHash = '#/service';

function segments(hash: string): { module: string; sub: string; query: URLSearchParams } {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const [, module = '', sub = ''] = path.split('/');
  return { module, sub, query: new URLSearchParams(query) };
}

/** The tab a hash names; anything else (the bare module address, a typo, `new`) opens the requests. */
export function tabFromHash(hash: string): ServiceTab {
  const { module, sub } = segments(hash);
  if (`#/${module}` !== serviceHash) return 'requests';
  return serviceTabs.find((t) => t === sub) ?? 'requests';
}

export function hashForTab(tab: ServiceTab): string {
  return tab === 'requests' ? serviceHash : `${serviceHash}/${tab}`;
}

/** What `#/service/new…` asks for: a blank form, or one filled from a call or a customer. */
export type NewRequestIntent = { from: 'blank' } | { from: 'call'; callId: number } | { from: 'customer'; customerId: number };

const positiveId = (text: string | null): number | undefined => {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The registration the address asks for, or null when it is not a `#/service/new` address. */
export function newRequestIntent(hash: string): NewRequestIntent | null {
  const { module, sub, query } = segments(hash);
  if (`#/${module}` !== serviceHash || sub !== 'new') return null;
  const callId = positiveId(query.get('call'));
  if (callId !== undefined) return { from: 'call', callId };
  const customerId = positiveId(query.get('customer'));
  if (customerId !== undefined) return { from: 'customer', customerId };
  return { from: 'blank' };
}

/** The link "登记服务需求" for a call or a customer (the call log and the customer card use it). */
export function newRequestHref(from: { callId: number } | { customerId: number }): string {
  return 'callId' in from ? `${serviceHash}/new?call=${from.callId}` : `${serviceHash}/new?customer=${from.customerId}`;
}
