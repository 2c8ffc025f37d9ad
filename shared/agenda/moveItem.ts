/**
 * The list with the item at `from` moved to index `to` (indices of the resulting list), as every
 * reorder by drag or by keyboard needs. Out-of-range targets are clamped; an out-of-range `from`
 * returns an unchanged copy. Never mutates the input.
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list]
  if (!Number.isInteger(from) || from < 0 || from >= copy.length) return copy
  const target = Math.min(Math.max(Math.trunc(to), 0), copy.length - 1)
  if (target === from) return copy
  const moved = copy.splice(from, 1)
  copy.splice(target, 0, ...moved)
  return copy
}
