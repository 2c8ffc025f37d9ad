import type { Award, ConferenceDocument } from '../../../shared/model/conference'

export function patchAwards(
  doc: ConferenceDocument,
  ids: ReadonlySet<string>,
  patch: Partial<Award>
): ConferenceDocument {
  return { ...doc, awards: doc.awards.map((award) => (ids.has(award.id) ? { ...award, ...patch } : award)) }
}

export function patchAward(doc: ConferenceDocument, id: string, patch: Partial<Award>): ConferenceDocument {
  return patchAwards(doc, new Set([id]), patch)
}
