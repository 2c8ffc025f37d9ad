import type { ConferenceDocument, Delegate, Venue } from '../../shared/model/conference'
import { startDocument, subjectLine, venueHeading } from './common'
import { drawTable, type TableColumn, type TableRow } from './table'
import { addPage, drawParagraph, type Writer } from './writer'

function delegateColumns(w: Writer): TableColumn[] {
  const c = w.labels.columns
  return [
    // Weights in points of the 467.7 pt text width: names up to ~22 letters and "Thiếu tướng" stay on one line.
    { header: c.no, weight: 27, align: 'center' },
    { header: c.name, weight: 128 },
    { header: c.rank, weight: 66 },
    { header: c.position, weight: 96 },
    { header: c.unit, weight: 100 },
    { header: c.signature, weight: 50.7 }
  ]
}

/** A deputy signs under their own name; the list shows whose seat they take. */
function nameCell(delegate: Delegate): string {
  if (delegate.attendance === 'deputy' && delegate.deputyName.trim() !== '')
    return `${delegate.deputyName} (thay ${delegate.name})`
  return delegate.name
}

function delegateRow(delegate: Delegate, number: number): TableRow {
  return {
    type: 'row',
    cells: [String(number), nameCell(delegate), delegate.rank, delegate.position, delegate.unit, '']
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
  startDocument(w, doc, w.labels.delegatesTitle, subjectLine(doc))
  const rows: TableRow[] = []
  let number = 0
  for (const { venue, delegates } of delegatesByVenue(doc)) {
    if (delegates.length === 0) continue
    if (doc.venues.length > 0)
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
  startDocument(w, doc, w.labels.venueSheetTitle, venue.name)
  const chair = venue.chairId ? doc.delegates.find((delegate) => delegate.id === venue.chairId) : undefined
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
    if (index > 0) addPage(w)
    drawOneVenueSheet(w, doc, venue, delegates)
  })
}
