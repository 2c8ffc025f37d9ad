import type { ConferenceDocument } from '../model/conference'
import { documentLabels, type DocumentLang } from './documentLabels'
import { outlineFileName, venueSheetFileName } from './documentFileNames'
import { venueShortName } from '../venues/venueLabel'

/** The names the CLI accepts after --docs, in the order it writes them. */
export const documentGroups = [
  'agenda',
  'delegates',
  'venue-sheets',
  'venues',
  'outlines',
  'awards',
  'ceremony',
  'script',
  'namecards'
] as const
export type DocumentGroup = (typeof documentGroups)[number]

/** One printable document; venue sheets and outlines name the item they print. */
export type DocumentRequest =
  | { kind: 'agenda' }
  | { kind: 'delegates' }
  | { kind: 'venue-sheet'; venueId: string }
  | { kind: 'venue-sheets' }
  | { kind: 'venues' }
  | { kind: 'outline'; outlineId: string }
  | { kind: 'awards' }
  | { kind: 'ceremony' }
  | { kind: 'script' }
  | { kind: 'namecards' }

export interface DocumentEntry {
  /** Stable id used by the channels: "agenda", "venue-sheet:<venueId>", "outline:<outlineId>" … */
  id: string
  group: DocumentGroup
  title: string
  /** Path relative to the output folder, with "/" separators (venues/01-….pdf). */
  fileName: string
  request: DocumentRequest
  /** Why the document is not written (nothing to list), in the document's language; null when it is. */
  skipReason: string | null
}

export function documentId(request: DocumentRequest): string {
  if (request.kind === 'venue-sheet') return `venue-sheet:${request.venueId}`
  if (request.kind === 'outline') return `outline:${request.outlineId}`
  return request.kind
}

export interface ListOptions {
  /**
   * Also list the one-per-venue sheets when the conference prints them in one file. The CLI does:
   * scripts rely on `venues/NN-<venue>.pdf` whatever the clerk chose for the app.
   */
  perVenueSheetsAlways?: boolean
}

/** Every document this conference can print, in the order "print all" writes them. */
export function listDocuments(
  doc: ConferenceDocument,
  lang: DocumentLang,
  options: ListOptions = {}
): DocumentEntry[] {
  const labels = documentLabels(lang)
  const entries: DocumentEntry[] = []
  const add = (
    group: DocumentGroup,
    request: DocumentRequest,
    title: string,
    fileName: string,
    skipReason: string | null = null
  ) => entries.push({ id: documentId(request), group, title, fileName, request, skipReason })
  const skip = labels.skip
  const sentence = (upper: string) =>
    upper.charAt(0) + upper.slice(1).toLocaleLowerCase(lang === 'en' ? 'en' : 'vi')

  // An empty programme or list is still a form the clerk fills in by hand; an award list or a
  // stage order with no award is not, so only those are left out.
  add('agenda', { kind: 'agenda' }, sentence(labels.agendaTitle), 'agenda.pdf')
  add('delegates', { kind: 'delegates' }, sentence(labels.delegatesTitle), 'delegates.pdf')
  const oneFile = doc.documents.venueSheets === 'one-file'
  if (oneFile)
    add('venue-sheets', { kind: 'venue-sheets' }, sentence(labels.venueSheetsTitle), 'venue-sheets.pdf')
  if (!oneFile || options.perVenueSheetsAlways === true) {
    doc.venues.forEach((venue, index) =>
      add(
        'venue-sheets',
        { kind: 'venue-sheet', venueId: venue.id },
        `${sentence(labels.venueSheetTitle)} ${venueShortName(venue.name)}`,
        venueSheetFileName(index + 1, venue.name)
      )
    )
  }
  add('venues', { kind: 'venues' }, sentence(labels.venuesTitle), 'venues.pdf')
  doc.outlines.forEach((outline, index) =>
    add(
      'outlines',
      { kind: 'outline', outlineId: outline.id },
      outline.title || `${sentence(labels.outlineTitle)} ${index + 1}`,
      outlineFileName(index + 1)
    )
  )
  const noAwards = doc.awards.length === 0 ? skip.noAwards : null
  add('awards', { kind: 'awards' }, sentence(labels.awardsTitle), 'awards.pdf', noAwards)
  add('ceremony', { kind: 'ceremony' }, sentence(labels.ceremonyTitle), 'ceremony.pdf', noAwards)
  // The MC speaks Vietnamese: an English script is not offered rather than half translated.
  add(
    'script',
    { kind: 'script' },
    sentence(labels.scriptTitle),
    'script.pdf',
    lang === 'en' ? skip.scriptVietnameseOnly : null
  )
  const noCards = doc.delegates.every((delegate) => delegate.attendance === 'declined')
  add(
    'namecards',
    { kind: 'namecards' },
    sentence(labels.nameCardsTitle),
    'namecards.pdf',
    noCards ? skip.noDelegates : null
  )
  return entries
}

/** The document a channel id stands for, or null when it no longer exists (a venue was removed). */
export function findDocument(doc: ConferenceDocument, lang: DocumentLang, id: string): DocumentEntry | null {
  const entry = listDocuments(doc, lang).find((candidate) => candidate.id === id)
  if (entry) return entry
  // A one-file/per-file switch must not break a preview that asks for the other form.
  if (id === 'venue-sheets')
    return {
      id,
      group: 'venue-sheets',
      title: documentLabels(lang).venueSheetsTitle,
      fileName: 'venue-sheets.pdf',
      request: { kind: 'venue-sheets' },
      skipReason: null
    }
  const venueId = id.startsWith('venue-sheet:') ? id.slice('venue-sheet:'.length) : null
  const index = venueId === null ? -1 : doc.venues.findIndex((venue) => venue.id === venueId)
  const venue = doc.venues[index]
  if (venue)
    return {
      id,
      group: 'venue-sheets',
      title: venue.name,
      fileName: venueSheetFileName(index + 1, venue.name),
      request: { kind: 'venue-sheet', venueId: venue.id },
      skipReason: null
    }
  return null
}
