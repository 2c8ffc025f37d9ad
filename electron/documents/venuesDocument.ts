import type { ConferenceDocument } from '../../shared/model/conference'
import { signDocument, startDocument, subjectLine } from './common'
import { drawTable, type TableRow } from './table'
import type { Writer } from './writer'

/** Danh sách điểm cầu: who chairs, how many attend, who to call about the link and when it is tested. */
export function drawVenueRoster(w: Writer, doc: ConferenceDocument): void {
  const c = w.labels.columns
  startDocument(w, doc, w.labels.venuesTitle, subjectLine(doc))
  const delegates = new Map(doc.delegates.map((delegate) => [delegate.id, delegate]))
  const rows: TableRow[] = doc.venues.map((venue, index) => {
    const chair = venue.chairId ? delegates.get(venue.chairId) : undefined
    const chairText = chair
      ? [[chair.rank, chair.name].filter(Boolean).join(' '), chair.position].filter(Boolean).join(', ')
      : ''
    return {
      type: 'row',
      cells: [
        String(index + 1),
        venue.isMain ? `${venue.name} (${w.labels.mainVenue})` : venue.name,
        chairText,
        venue.expectedCount === null ? '' : String(venue.expectedCount),
        venue.techContact,
        venue.techPhone,
        venue.testTime
      ]
    }
  })
  const totalCount = doc.venues.reduce((sum, venue) => sum + (venue.expectedCount ?? 0), 0)
  rows.push({
    type: 'row',
    bold: true,
    cells: [
      '',
      `${w.labels.total}: ${w.labels.unitsCount(doc.venues.length)}`,
      '',
      String(totalCount),
      '',
      '',
      ''
    ]
  })
  drawTable(
    w,
    [
      { header: c.no, weight: 0.5, align: 'center' },
      { header: c.venue, weight: 2.2 },
      { header: c.chair, weight: 2.4 },
      { header: c.headcount, weight: 1.0, align: 'center' },
      { header: c.techContact, weight: 1.6 },
      { header: c.phone, weight: 1.25 },
      { header: c.testTime, weight: 1.3 }
    ],
    rows
  )
  signDocument(w, doc)
}
