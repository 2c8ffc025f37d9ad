import { ensureOneMainVenue } from '../venues/ensureOneMainVenue'
import type { ConferenceDocument } from '../model/conference'
import { newVenue } from '../model/defaults'
import type { ImportRecords } from './convertRows'

/**
 * The document with the imported records appended (and the venues a delegate or agenda file named
 * created first, so every venueId points somewhere). Pure: the renderer applies it to its
 * undoable document, the CLI saves it.
 */
export function applyImport(
  doc: ConferenceDocument,
  imported: ImportRecords & { newVenues: readonly { id: string; name: string }[] }
): ConferenceDocument {
  const usedVenueIds = new Set<string>()
  if (imported.kind === 'delegates' || imported.kind === 'agenda')
    for (const record of imported.records) if (record.venueId) usedVenueIds.add(record.venueId)
  const created = imported.newVenues
    .filter((venue) => usedVenueIds.has(venue.id))
    .map((venue) => newVenue(venue.id, { name: venue.name }))
  const venues = [...doc.venues, ...created]
  switch (imported.kind) {
    case 'delegates':
      return ensureOneMainVenue({ ...doc, venues, delegates: [...doc.delegates, ...imported.records] })
    case 'venues':
      return ensureOneMainVenue({ ...doc, venues: [...venues, ...imported.records] })
    case 'agenda':
      return ensureOneMainVenue({ ...doc, venues, agenda: [...doc.agenda, ...imported.records] })
    case 'awards':
      return ensureOneMainVenue({ ...doc, venues, awards: [...doc.awards, ...imported.records] })
  }
}
