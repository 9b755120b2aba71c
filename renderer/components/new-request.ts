/**
 * `#/<screen>?new=1` asks a screen to open its new-record form (F2 a new call, F3 a new slip, the Today
 * board's buttons). The screen takes the request once and the address drops the flag, so the next F2
 * asks again and Back does not reopen the form.
 */
export function hasNewRequest(hash: string): boolean {
  const query = hash.split('?')[1];
  return query !== undefined && new URLSearchParams(query).get('new') === '1';
}

/** The address without the request: `#/calls?new=1` → `#/calls`. Other parameters stay. */
export function withoutNewRequest(hash: string): string {
  const [path, query] = hash.split('?');
  if (query === undefined) return hash;
  const params = new URLSearchParams(query);
  params.delete('new');
  const rest = params.toString();
  return rest ? `${path}?${rest}` : (path ?? '');
}
