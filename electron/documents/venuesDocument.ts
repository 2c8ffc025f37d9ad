import { documentKindCode } from '../../shared/documents/documentCodes'
import type { ConferenceDocument } from '../../shared/model/conference'
import { asAttending } from '../../shared/delegates/attendingPerson'
import { venueChairs } from '../../shared/venues/venueChair'
import { signatureNeed, signDocument, startDocument, subjectLine } from './common'
import { drawTable, type TableRow } from './table'
import type { Writer } from './writer'

/** Named, confirmed and expected counts of one venue, and their totals. */
export interface VenueCounts {
  named: number
  confirmed: number
  expected: number | null
}

export function venueCounts(doc: ConferenceDocument): Map<string, VenueCounts> {
  const counts = new Map<string, VenueCounts>(
    doc.venues.map((venue) => [venue.id, { named: 0, confirmed: 0, expected: venue.expectedCount }])
  )
  for (const delegate of doc.delegates) {
    const count = delegate.venueId !== null ? counts.get(delegate.venueId) : undefined
    if (!count || delegate.attendance === 'declined') continue
    count.named += 1
    if (delegate.attendance === 'confirmed' || delegate.attendance === 'deputy') count.confirmed += 1
  }
  return counts
}

/** Danh sách điểm cầu: who chairs each venue, how many are named, confirmed and expected, who to call and when it is tested. */
export function drawVenueRoster(w: Writer, doc: ConferenceDocument): void {
  const c = w.labels.columns
  startDocument(w, doc, w.labels.venuesTitle, subjectLine(doc), documentKindCode('venues'))
  const chairs = venueChairs(doc.venues, doc.delegates)
  const counts = venueCounts(doc)
  const totals = { named: 0, confirmed: 0, expected: 0 }
  const rows: TableRow[] = doc.venues.map((venue, index) => {
    const found = chairs.get(venue.id)
    const chair = found ? asAttending(found) : undefined
    const chairText = chair
      ? [[chair.rank, chair.name].filter(Boolean).join(' '), chair.position].filter(Boolean).join(', ')
      : ''
    const count = counts.get(venue.id) ?? { named: 0, confirmed: 0, expected: null }
    totals.named += count.named
    totals.confirmed += count.confirmed
    totals.expected += count.expected ?? 0
    return {
      type: 'row',
      cells: [
        String(index + 1),
        venue.isMain ? `${venue.name} (${w.labels.mainVenue})` : venue.name,
        chairText,
        String(count.named),
        String(count.confirmed),
        count.expected === null ? '' : String(count.expected),
        venue.techContact,
        venue.techPhone,
        venue.testTime
      ]
    }
  })
  rows.push({
    type: 'row',
    bold: true,
    cells: [
      '',
      `${w.labels.total}: ${w.labels.unitsCount(doc.venues.length)}`,
      '',
      String(totals.named),
      String(totals.confirmed),
      String(totals.expected),
      '',
      '',
      ''
    ]
  })
  drawTable(
    w,
    [
      { header: c.no, weight: 0.5, align: 'center', nowrap: true },
      { header: c.venue, weight: 2.2 },
      { header: c.chair, weight: 2.6 },
      { header: c.named, weight: 0.6, align: 'center', nowrap: true },
      { header: c.confirmed, weight: 0.6, align: 'center', nowrap: true },
      { header: c.expected, weight: 0.6, align: 'center', nowrap: true },
      { header: c.techContact, weight: 1.5 },
      { header: c.phone, weight: 1.1, nowrap: true },
      { header: c.testTime, weight: 1.3 }
    ],
    rows,
    { keepWithLast: signatureNeed(w, doc) }
  )
  signDocument(w, doc)
}
