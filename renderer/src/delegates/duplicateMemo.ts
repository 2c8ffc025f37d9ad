import { findDuplicateGroups } from '../../../shared/delegates/findDuplicates'
import type { Delegate } from '../../../shared/model/conference'

/**
 * Whether two versions of the list give the same duplicate groups: findDuplicateGroups reads only the
 * id, name and unit of each delegate, in order. Most edits (notes, phone, attendance, venue) change
 * none of them, and comparing 10,000 references costs far less than re-folding 20,000 strings.
 */
export function sameDuplicateInputs(before: readonly Delegate[], after: readonly Delegate[]): boolean {
  if (before === after) return true
  if (before.length !== after.length) return false
  for (let index = 0; index < after.length; index++) {
    const a = before[index]
    const b = after[index]
    if (a === b) continue
    if (!a || !b || a.id !== b.id || a.name !== b.name || a.unit !== b.unit) return false
  }
  return true
}

/** findDuplicateGroups that returns its previous answer while no name, unit or the order changed. */
export function createDuplicateMemo(): (delegates: readonly Delegate[]) => string[][] {
  let last: { delegates: readonly Delegate[]; groups: string[][] } | null = null
  return (delegates) => {
    if (last && sameDuplicateInputs(last.delegates, delegates)) {
      // Compare against the newest list next time, so unchanged objects match by reference.
      last = { delegates, groups: last.groups }
      return last.groups
    }
    last = { delegates, groups: findDuplicateGroups(delegates) }
    return last.groups
  }
}
