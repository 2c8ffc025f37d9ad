import { ensureOneMainVenue } from '../venues/ensureOneMainVenue'
import { mergeImportedVenue } from '../venues/mergeImportedVenue'
import { venueChairsFromRoles } from '../delegates/venueChairsFromRoles'
import type { ConferenceDocument, ImportOrigin } from '../model/conference'
import { newVenue } from '../model/defaults'
import type { ImportRecords } from './convertRows'

/**
 * The document with the imported records appended (and the venues a delegate or agenda file named
 * created first, so every venueId points somewhere). Imported venues that carry the id of one the
 * conference has update it in place (see convertVenues). Pure: the renderer applies it to its
 * undoable document, the CLI saves it.
 *
 * Imported delegates remember `origin` (the file and when), so the duplicates dialog can say which
 * list each record came from; a "Chủ trì" seated at a connected venue becomes that venue's chair.
 */
export function applyImport(
  doc: ConferenceDocument,
  imported: ImportRecords & { newVenues: readonly { id: string; name: string }[] },
  origin: ImportOrigin | null = null
): ConferenceDocument {
  const usedVenueIds = new Set<string>()
  if (imported.kind === 'delegates' || imported.kind === 'agenda')
    for (const record of imported.records) if (record.venueId) usedVenueIds.add(record.venueId)
  const created = imported.newVenues
    .filter((venue) => usedVenueIds.has(venue.id))
    .map((venue) => newVenue(venue.id, { name: venue.name }))
  const venues = [...doc.venues, ...created]
  switch (imported.kind) {
    case 'delegates': {
      const records = origin
        ? imported.records.map((delegate) => ({ ...delegate, importedFrom: { ...origin } }))
        : imported.records
      const withMain = ensureOneMainVenue({ ...doc, venues, delegates: [...doc.delegates, ...records] })
      return venueChairsFromRoles(withMain, new Set(records.map((delegate) => delegate.id)))
    }
    case 'venues': {
      const updates = new Map(imported.records.map((venue) => [venue.id, venue]))
      const merged = venues.map((venue) => {
        const update = updates.get(venue.id)
        return update ? mergeImportedVenue(venue, update) : venue
      })
      const known = new Set(venues.map((venue) => venue.id))
      const all = [...merged, ...imported.records.filter((venue) => !known.has(venue.id))]
      // A venue list that marks its main venue is the newer word on it (app and CLI alike).
      const importedMain = imported.records.find((venue) => venue.isMain)?.id
      return ensureOneMainVenue({
        ...doc,
        venues: importedMain ? all.map((venue) => ({ ...venue, isMain: venue.id === importedMain })) : all
      })
    }
    case 'agenda':
      return ensureOneMainVenue({ ...doc, venues, agenda: [...doc.agenda, ...imported.records] })
    case 'awards':
      return ensureOneMainVenue({ ...doc, venues, awards: [...doc.awards, ...imported.records] })
  }
}
