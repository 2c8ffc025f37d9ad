import { AppError } from '../../shared/errors/appError'
import type { Venue } from '../../shared/model/conference'
import { VenueNameIndex } from '../../shared/venues/venueNameIndex'

/**
 * "1,3-5,Xã Thạch Hà" → those venues' ids in list order: numbers are places in the venue list
 * (from 1), names match as venue import matches them. Anything that names no venue is an error.
 */
export function selectVenues(venues: readonly Venue[], text: string | undefined): string[] {
  if (text === undefined || text.trim() === '') return venues.map((venue) => venue.id)
  const index = new VenueNameIndex(venues)
  const chosen = new Set<string>()
  for (const raw of text.split(',')) {
    const token = raw.trim()
    if (token === '') continue
    const range = /^(\d{1,4})\s*(?:-\s*(\d{1,4}))?$/.exec(token)
    if (range) {
      const from = Number(range[1])
      const to = Number(range[2] ?? range[1])
      if (from < 1 || to > venues.length || from > to)
        throw new AppError({
          code: 'invalid-input',
          message: `không có điểm cầu số ${token} (danh sách có ${venues.length} điểm cầu)`,
          field: '--venues'
        })
      for (let at = from; at <= to; at++) chosen.add(venues[at - 1]?.id ?? '')
      continue
    }
    const found = index.find(token)
    if (found.kind !== 'found')
      throw new AppError({
        code: 'invalid-input',
        message:
          found.kind === 'ambiguous'
            ? `“${token}” có thể là ${found.candidates.map((venue) => `“${venue.name}”`).join(' hoặc ')}; hãy gõ tên có đủ dấu hoặc số thứ tự`
            : `không có điểm cầu “${token}”`,
        field: '--venues'
      })
    chosen.add(found.venue.id)
  }
  return venues.filter((venue) => chosen.has(venue.id)).map((venue) => venue.id)
}
