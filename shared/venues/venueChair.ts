import type { Delegate, Venue } from '../model/conference'

/**
 * The chair of a venue (chủ trì tại điểm cầu): the one the clerk recorded (`venue.chairId`), else
 * the delegate at that venue whose role is 'chair' — for a connected venue, a "Chủ trì" there
 * chairs that venue, not the conference. The main venue's chair is the conference's chair.
 */
export function venueChair(venue: Venue, delegates: readonly Delegate[]): Delegate | null {
  if (venue.chairId !== null) {
    const recorded = delegates.find((delegate) => delegate.id === venue.chairId)
    if (recorded) return recorded
  }
  return (
    delegates.find(
      (delegate) =>
        delegate.venueId === venue.id && delegate.role === 'chair' && delegate.attendance !== 'declined'
    ) ?? null
  )
}

/** Every venue's chair at once, for lists of 90 venues over 1,000 delegates. */
export function venueChairs(venues: readonly Venue[], delegates: readonly Delegate[]): Map<string, Delegate> {
  const byId = new Map(delegates.map((delegate) => [delegate.id, delegate]))
  const firstChair = new Map<string, Delegate>()
  for (const delegate of delegates)
    if (
      delegate.role === 'chair' &&
      delegate.venueId !== null &&
      delegate.attendance !== 'declined' &&
      !firstChair.has(delegate.venueId)
    )
      firstChair.set(delegate.venueId, delegate)
  const chairs = new Map<string, Delegate>()
  for (const venue of venues) {
    const chair = (venue.chairId !== null ? byId.get(venue.chairId) : undefined) ?? firstChair.get(venue.id)
    if (chair) chairs.set(venue.id, chair)
  }
  return chairs
}
