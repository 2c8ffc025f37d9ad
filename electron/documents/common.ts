import { formatEnglishDate, formatVietnameseDate } from '../../shared/dates/formatVietnameseDate'
import { formatDocumentNumber } from '../../shared/documents/documentNumber'
import { documentPlace } from '../../shared/documents/documentPlace'
import { issuerCodeFor } from '../../shared/documents/issuerCode'
import type { ConferenceDocument, Venue } from '../../shared/model/conference'
import { venueLabel } from '../../shared/venues/venueLabel'
import { drawHeader, drawSignature, drawTitle, signatureHeight, type Writer } from './writer'

/** Header, title and subject as every administrative document of this conference starts. */
export function startDocument(
  w: Writer,
  doc: ConferenceDocument,
  title: string,
  subject: string,
  code: string | null = null,
  number = ''
): void {
  const settings = doc.documents
  drawHeader(w, {
    governingBody: settings.governingBody,
    issuingBody: settings.issuingBody.trim() !== '' ? settings.issuingBody : doc.conference.organiser,
    code,
    issuerCode: issuerCodeFor(settings, doc.conference.organiser),
    number: formatDocumentNumber(number),
    dateLine: dateLine(w, doc)
  })
  drawTitle(w, title, subject)
}

export function dateLine(w: Writer, doc: ConferenceDocument): string {
  const place = documentPlace(doc)
  const date = safe(() =>
    w.lang === 'en'
      ? formatEnglishDate(doc.conference.date, place)
      : formatVietnameseDate(doc.conference.date, place)
  )
  return date ?? place
}

/** Height of this conference's signature block, for tables that keep it with their last rows. */
export function signatureNeed(w: Writer, doc: ConferenceDocument): number {
  return signatureHeight(w, {
    signerTitle: doc.documents.signerTitle,
    signerName: doc.documents.signerName,
    recipients: doc.documents.recipients
  })
}

export function signDocument(w: Writer, doc: ConferenceDocument): void {
  drawSignature(w, {
    signerTitle: doc.documents.signerTitle,
    signerName: doc.documents.signerName,
    recipients: doc.documents.recipients
  })
}

/** The conference title as the subject line ("Hội nghị tổng kết …"). */
export function subjectLine(doc: ConferenceDocument): string {
  const title = doc.conference.title.trim()
  const period = doc.conference.period.trim()
  return period !== '' && !title.includes(period) ? `${title} ${period}` : title
}

/** "Điểm cầu Nghệ An", "Điểm cầu Bộ Quốc phòng (điểm cầu chính)": the word once, whatever the clerk typed. */
export function venueHeading(w: Writer, venue: Venue): string {
  const main = venue.isMain ? ` (${w.labels.mainVenue})` : ''
  const name =
    w.lang === 'en'
      ? `${w.labels.venueHeading}: ${venue.name}`
      : venueLabel(venue.name, w.labels.venueHeading)
  return `${name}${main}`
}

/** A conference with one hall (or none) prints no venue grouping: there is nothing to tell apart. */
export function groupsByVenue(doc: ConferenceDocument): boolean {
  return doc.venues.length > 1
}

/** Formatting helpers may throw on a malformed stored value; a document still prints without it. */
export function safe<T>(compute: () => T): T | null {
  try {
    return compute()
  } catch {
    return null
  }
}
