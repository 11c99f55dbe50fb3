/** Previous and next article in date order. */

/**
 * The items before and after `id` in an already sorted list.
 * @example findNeighbours([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 'b') // { previous: { id: 'a' }, next: { id: 'c' } }
 */
export function findNeighbours<T extends { id: string }>(
  sorted: T[],
  id: string,
): { previous: T | null; next: T | null } {
  const index = sorted.findIndex((item) => item.id === id);
  if (index === -1) return { previous: null, next: null };
  return { previous: sorted[index - 1] ?? null, next: sorted[index + 1] ?? null };
}
