/**
 * A full disk, as IndexedDB reports it: a `QuotaExceededError`, on its own or wrapped by Dexie (an
 * AbortError with the quota error inside, a BulkError whose failures are quota errors).
 */
function nameOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('name' in value)) return null;
  return typeof value.name === 'string' ? value.name : null;
}

function nested(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const out: unknown[] = [];
  if ('inner' in value) out.push(value.inner);
  if ('cause' in value) out.push(value.cause);
  if ('failures' in value && Array.isArray(value.failures)) out.push(...value.failures);
  return out;
}

export function isQuotaError(error: unknown, depth = 0): boolean {
  if (nameOf(error) === 'QuotaExceededError') return true;
  return depth < 4 && nested(error).some((inner) => isQuotaError(inner, depth + 1));
}
