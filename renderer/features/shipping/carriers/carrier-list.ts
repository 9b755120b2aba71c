/** Moves row `i` one place up (the list's order is the order in the carrier pickers). */
export function moveUp<T>(list: readonly T[], i: number): T[] {
  if (i <= 0 || i >= list.length) return [...list];
  const out = [...list];
  [out[i - 1], out[i]] = [out[i]!, out[i - 1]!];
  return out;
}
