import type { Delegate } from '../../../shared/model/conference'
import type { Selection } from './DelegateTable'

/**
 * The selection limited to the rows on screen: a bulk edit or Delete must never reach delegates a
 * search or filter has hidden. The same object comes back when nothing was hidden (no re-render).
 */
export function narrowSelection(selection: Selection, rows: readonly Delegate[]): Selection {
  if (selection.ids.size === 0) return selection
  const kept = new Set<string>()
  for (const delegate of rows) if (selection.ids.has(delegate.id)) kept.add(delegate.id)
  if (kept.size === selection.ids.size) return selection
  const anchor = selection.anchor !== null && kept.has(selection.anchor) ? selection.anchor : null
  return { ids: kept, anchor }
}
