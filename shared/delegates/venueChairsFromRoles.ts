import type { ConferenceDocument } from '../model/conference'

/**
 * A "Chủ trì" seated at a connected venue chairs that venue, not the conference: record them as
 * the venue's chair (the venues tab's "Người chủ trì tại điểm cầu"). `only` limits it to the
 * delegates just imported or edited; `replace` lets an edit name a new chair over the old one,
 * while an import fills only venues that have none (the first chair in the file wins).
 */
export function venueChairsFromRoles(
  doc: ConferenceDocument,
  only: ReadonlySet<string> | null = null,
  replace = false
): ConferenceDocument {
  if (doc.venues.length < 2) return doc
  const mainId = doc.venues.find((venue) => venue.isMain)?.id ?? doc.venues[0]?.id
  const chairOf = new Map<string, string>()
  for (const delegate of doc.delegates) {
    if (delegate.role !== 'chair' || delegate.venueId === null || delegate.venueId === mainId) continue
    if (only && !only.has(delegate.id)) continue
    if (replace || !chairOf.has(delegate.venueId)) chairOf.set(delegate.venueId, delegate.id)
  }
  if (chairOf.size === 0) return doc
  let changed = false
  const venues = doc.venues.map((venue) => {
    const chairId = chairOf.get(venue.id)
    if (chairId === undefined || venue.chairId === chairId) return venue
    if (venue.chairId !== null && !replace) return venue
    changed = true
    return { ...venue, chairId }
  })
  return changed ? { ...doc, venues } : doc
}
