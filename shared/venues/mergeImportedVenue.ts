import type { Venue } from '../model/conference'

/**
 * A file row for a venue the conference already has. What the file says wins (it is the newer
 * list: the technical contact arrived, the headcount changed); an empty cell keeps what the clerk
 * had; notes typed in HoiNghi are kept beside the file's, never replaced by them.
 */
export function mergeImportedVenue(existing: Venue, imported: Venue): Venue {
  const textOf = (field: 'place' | 'techContact' | 'techPhone' | 'testTime') =>
    imported[field] !== '' ? imported[field] : existing[field]
  const notes =
    imported.notes === '' || existing.notes.includes(imported.notes)
      ? existing.notes
      : existing.notes === '' || imported.notes.includes(existing.notes)
        ? imported.notes
        : `${existing.notes}\n${imported.notes}`
  return {
    ...existing,
    place: textOf('place'),
    techContact: textOf('techContact'),
    techPhone: textOf('techPhone'),
    testTime: textOf('testTime'),
    isMain: existing.isMain || imported.isMain,
    chairId: imported.chairId ?? existing.chairId,
    expectedCount: imported.expectedCount ?? existing.expectedCount,
    notes
  }
}
