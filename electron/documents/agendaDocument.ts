import { computeAgendaTimes } from '../../shared/agenda/computeAgendaTimes'
import type { ConferenceDocument, Delegate } from '../../shared/model/conference'
import { asAttending } from '../../shared/delegates/attendingPerson'
import { spokenPost } from '../../shared/delegates/positionWithUnit'
import { rankAndName } from '../../shared/documents/buildRunningScript'
import { safe, signatureNeed, signDocument, startDocument, subjectLine } from './common'
import { drawTable, type TableRow } from './table'
import type { Writer } from './writer'

function presenterOf(
  delegates: ReadonlyMap<string, Delegate>,
  presenterId: string | null,
  presenterText: string
): string {
  // The clerk's wording wins; a linked delegate only fills an empty cell.
  const delegate = presenterId ? delegates.get(presenterId) : undefined
  if (presenterText.trim() !== '' || !delegate) return presenterText
  const person = asAttending(delegate)
  return [rankAndName(person), spokenPost(person.position, person.unit)].filter(Boolean).join(' – ')
}

/** Chương trình hội nghị: times flow from the start time through each item's duration and pinned starts. */
export function drawAgenda(w: Writer, doc: ConferenceDocument): void {
  const labels = w.labels
  startDocument(w, doc, labels.agendaTitle, subjectLine(doc), 'CTr', doc.documents.agendaNumber)
  const start = doc.conference.startTime
  const hasTimes = start !== '' || doc.agenda.some((item) => item.pinnedStart !== null)
  const timings = hasTimes
    ? safe(
        () => computeAgendaTimes(doc.agenda, start || '00:00', doc.conference.endTime || undefined).timings
      )
    : null
  const timeOf = new Map((timings ?? []).map((timing) => [timing.id, `${timing.start} - ${timing.end}`]))
  const delegates = new Map(doc.delegates.map((delegate) => [delegate.id, delegate]))
  const venues = new Map(doc.venues.map((venue) => [venue.id, venue.name]))
  const showVenue = doc.agenda.some((item) => item.venueId !== null)

  const columns = [
    { header: labels.columns.time, weight: 1.75, align: 'center' as const, nowrap: true },
    { header: labels.columns.item, weight: 3.2 },
    { header: labels.columns.presenter, weight: 2.4 },
    ...(showVenue ? [{ header: labels.columns.venue, weight: 1.4 }] : [])
  ]
  const rows: TableRow[] = doc.agenda.map((item) => ({
    type: 'row',
    cells: [
      timeOf.get(item.id) ?? item.pinnedStart ?? '',
      item.title,
      presenterOf(delegates, item.presenterId, item.presenterText),
      ...(showVenue ? [item.venueId ? (venues.get(item.venueId) ?? '') : ''] : [])
    ]
  }))
  drawTable(w, columns, rows, { size: 13, keepWithLast: signatureNeed(w, doc) })
  signDocument(w, doc)
}
