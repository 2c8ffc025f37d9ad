import type { ConferenceDocument } from '../model/conference'

/**
 * A conference with venues has exactly one main venue (điểm cầu chính): the first marked one,
 * else the first in order. Imports can add a second main venue or create venues where none was.
 */
export function ensureOneMainVenue(doc: ConferenceDocument): ConferenceDocument {
  const mains = doc.venues.filter((venue) => venue.isMain).length
  if (mains === 1 || doc.venues.length === 0) return doc
  const mainId = doc.venues.find((venue) => venue.isMain)?.id ?? doc.venues[0]?.id
  return { ...doc, venues: doc.venues.map((venue) => ({ ...venue, isMain: venue.id === mainId })) }
}
