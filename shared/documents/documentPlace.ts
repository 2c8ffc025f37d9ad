import type { ConferenceDocument } from '../model/conference'

const ADMIN = /(?:^|[\s,])(?:tỉnh|thành phố|TP\.?)\s+([^,\n]+?)\s*(?:,|$)/iu

/**
 * The province or city named in a text ("Hội trường Bộ CHQS tỉnh Hà Tĩnh" → "Hà Tĩnh"), or null.
 * The last one wins: "Văn phòng UBND tỉnh, số 7 đường X, thành phố Hà Tĩnh" names the city last.
 */
export function placeNamedIn(text: string): string | null {
  let found: string | null = null
  for (const line of text.split(/[\n,]/)) {
    const match = ADMIN.exec(line.trim())
    if (match?.[1]) found = match[1].trim()
  }
  return found
}

/**
 * The place in "Hà Tĩnh, ngày 26 tháng 12 năm 2023": the documents' own place, else the province
 * the conference's place names, else that of the issuing body, else the conference's place as typed.
 */
export function documentPlace(doc: Pick<ConferenceDocument, 'documents' | 'conference'>): string {
  const own = doc.documents.place.trim()
  if (own !== '') return own
  const conferencePlace = doc.conference.place.trim()
  return (
    placeNamedIn(conferencePlace) ??
    placeNamedIn(doc.documents.issuingBody) ??
    placeNamedIn(doc.documents.governingBody) ??
    placeNamedIn(doc.conference.organiser) ??
    conferencePlace
  )
}
