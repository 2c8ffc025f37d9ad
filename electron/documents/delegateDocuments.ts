import { asAttending, listName } from '../../shared/delegates/attendingPerson'
import { documentKindCode } from '../../shared/documents/documentCodes'
import type { ConferenceDocument, Delegate, Venue } from '../../shared/model/conference'
import { venueChair } from '../../shared/venues/venueChair'
import { venueShortName } from '../../shared/venues/venueLabel'
import { groupsByVenue, startDocument, subjectLine, venueHeading } from './common'
import { drawTable, type TableColumn, type TableRow } from './table'
import { drawParagraph, pageBreak, type Writer } from './writer'

function delegateColumns(w: Writer): TableColumn[] {
  const c = w.labels.columns
  return [
    // STT and ranks size to their content; the rest shares the width by these weights.
    { header: c.no, weight: 27, align: 'center', nowrap: true },
    { header: c.name, weight: 128 },
    { header: c.rank, weight: 66, nowrap: true },
    { header: c.position, weight: 96 },
    { header: c.unit, weight: 100 },
    { header: c.signature, weight: 50.7, handwritten: true }
  ]
}

/** A deputy signs under their own name, without the delegate's rank; the list shows whose seat they take. */
function delegateRow(delegate: Delegate, number: number): TableRow {
  const person = asAttending(delegate)
  return {
    type: 'row',
    cells: [String(number), listName(delegate), person.rank, delegate.position, delegate.unit, '']
  }
}

/** Delegates of each venue in venue order, keeping the stored (protocol) order inside a venue; unplaced ones last. */
export function delegatesByVenue(doc: ConferenceDocument): { venue: Venue | null; delegates: Delegate[] }[] {
  const groups = new Map<string | null, Delegate[]>()
  for (const venue of doc.venues) groups.set(venue.id, [])
  for (const delegate of doc.delegates) {
    const key = delegate.venueId !== null && groups.has(delegate.venueId) ? delegate.venueId : null
    const list = groups.get(key)
    if (list) list.push(delegate)
    else groups.set(key, [delegate])
  }
  const result = doc.venues.map((venue) => ({
    venue: venue as Venue | null,
    delegates: groups.get(venue.id) ?? []
  }))
  const unplaced = groups.get(null)
  if (unplaced && unplaced.length > 0) result.push({ venue: null, delegates: unplaced })
  return result
}

export function drawDelegateList(w: Writer, doc: ConferenceDocument): void {
  startDocument(w, doc, w.labels.delegatesTitle, subjectLine(doc), documentKindCode('delegates'))
  const rows: TableRow[] = []
  let number = 0
  for (const { venue, delegates } of delegatesByVenue(doc)) {
    if (delegates.length === 0) continue
    if (groupsByVenue(doc))
      rows.push({ type: 'group', text: venue ? venueHeading(w, venue) : w.labels.noVenue })
    for (const delegate of delegates) rows.push(delegateRow(delegate, ++number))
  }
  drawTable(w, delegateColumns(w), rows)
}

function drawOneVenueSheet(
  w: Writer,
  doc: ConferenceDocument,
  venue: Venue,
  delegates: readonly Delegate[]
): void {
  // The title already says "tại điểm cầu": the subject is the venue's own name.
  startDocument(w, doc, w.labels.venueSheetTitle, venueShortName(venue.name), documentKindCode('venue-sheet'))
  const found = venueChair(venue, doc.delegates)
  const chair = found ? asAttending(found) : undefined
  const facts = [
    subjectLine(doc),
    chair
      ? `${w.labels.columns.chair}: ${[chair.rank, chair.name].filter(Boolean).join(' ')}${chair.position ? `, ${chair.position}` : ''}`
      : '',
    venue.techContact
      ? `${w.labels.columns.techContact}: ${venue.techContact}${venue.techPhone ? ` (${venue.techPhone})` : ''}`
      : ''
  ].filter((line) => line.trim() !== '')
  if (facts.length > 0) drawParagraph(w, facts.join('\n'), { align: 'left', indent: 0 })
  w.pdf.y += 4
  drawTable(
    w,
    delegateColumns(w),
    delegates.map((delegate, index) => delegateRow(delegate, index + 1))
  )
}

/** One venue's sheet for its own reception desk. */
export function drawVenueSheet(w: Writer, doc: ConferenceDocument, venueId: string): void {
  const group = delegatesByVenue(doc).find((entry) => entry.venue?.id === venueId)
  if (!group?.venue) throw new Error(`không có điểm cầu ${venueId}`)
  drawOneVenueSheet(w, doc, group.venue, group.delegates)
}

/** Every venue's sheet in one file, each starting on a new page. */
export function drawAllVenueSheets(w: Writer, doc: ConferenceDocument): void {
  delegatesByVenue(doc).forEach(({ venue, delegates }, index) => {
    if (!venue) return
    if (index > 0) pageBreak(w)
    drawOneVenueSheet(w, doc, venue, delegates)
  })
}
