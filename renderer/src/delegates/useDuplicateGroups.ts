import { useDeferredValue, useMemo, useState } from 'react'
import type { Delegate } from '../../../shared/model/conference'
import { createDuplicateMemo } from './duplicateMemo'

/**
 * The duplicate groups of the list, recomputed only when a name, unit or the order changed, and then
 * after the edit itself is on screen (deferred): the check folds every name and unit again.
 */
export function useDuplicateGroups(delegates: readonly Delegate[]): string[][] {
  const deferred = useDeferredValue(delegates)
  const [memo] = useState(createDuplicateMemo)
  return useMemo(() => memo(deferred), [memo, deferred])
}
