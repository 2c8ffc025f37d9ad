import type { Attendance, Delegate, DelegateRole } from '../../../shared/model/conference'
import type { SearchIndex } from '../../../shared/text/foldForSearch'

export type ViewOrder = 'protocol' | 'alphabetical'
/** '' = all venues, 'none' = delegates without a venue, else a venue id. */
export interface DelegateFilters {
  query: string
  venue: string
  role: DelegateRole | ''
  attendance: Attendance | ''
}

export const NO_FILTERS: DelegateFilters = { query: '', venue: '', role: '', attendance: '' }

export function hasFilters(filters: DelegateFilters): boolean {
  return (
    filters.query.trim() !== '' || filters.venue !== '' || filters.role !== '' || filters.attendance !== ''
  )
}

/**
 * The rows to show: the search index narrows by words, the selects by venue, role and attendance;
 * the alphabetical view then follows the precomputed given-name order. Never changes the stored order.
 */
export function visibleDelegates(
  index: SearchIndex<Delegate>,
  alphabetical: readonly Delegate[] | null,
  filters: DelegateFilters
): Delegate[] {
  const matched = index.filter(filters.query)
  const keep = (delegate: Delegate) =>
    (filters.venue === '' ||
      (filters.venue === 'none' ? delegate.venueId === null : delegate.venueId === filters.venue)) &&
    (filters.role === '' || delegate.role === filters.role) &&
    (filters.attendance === '' || delegate.attendance === filters.attendance)
  const narrowed =
    filters.venue === '' && filters.role === '' && filters.attendance === '' ? matched : matched.filter(keep)
  if (!alphabetical) return narrowed
  if (narrowed.length === alphabetical.length) return [...alphabetical]
  const wanted = new Set(narrowed)
  return alphabetical.filter((delegate) => wanted.has(delegate))
}
