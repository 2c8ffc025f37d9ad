import { formatEnglishDate, formatVietnameseDate } from '../../shared/dates/formatVietnameseDate'
import { formatDocumentNumber } from '../../shared/documents/documentNumber'
import type { ConferenceDocument, Venue } from '../../shared/model/conference'
import { drawHeader, drawSignature, drawTitle, type Writer } from './writer'

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
    number: formatDocumentNumber(number),
    dateLine: dateLine(w, doc)
  })
  drawTitle(w, title, subject)
}

export function dateLine(w: Writer, doc: ConferenceDocument): string {
  const place = doc.documents.place.trim()
  const date = safe(() =>
    w.lang === 'en'
      ? formatEnglishDate(doc.conference.date, place)
      : formatVietnameseDate(doc.conference.date, place)
  )
  return date ?? place
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

export function venueHeading(w: Writer, venue: Venue): string {
  const main = venue.isMain ? ` (${w.labels.mainVenue})` : ''
  return `${w.labels.venueHeading}: ${venue.name}${main}`
}

/** Formatting helpers may throw on a malformed stored value; a document still prints without it. */
export function safe<T>(compute: () => T): T | null {
  try {
    return compute()
  } catch {
    return null
  }
}
