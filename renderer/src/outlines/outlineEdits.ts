import type { ConferenceDocument, KeyFigure, Outline, OutlineSection } from '../../../shared/model/conference'

export function newSection(fields: Partial<OutlineSection> = {}): OutlineSection {
  return { id: crypto.randomUUID(), heading: '', text: '', figures: [], children: [], ...fields }
}

export function newFigure(): KeyFigure {
  return { id: crypto.randomUUID(), label: '', value: '', unit: '' }
}

export function patchOutline(
  doc: ConferenceDocument,
  id: string,
  patch: Partial<Outline> | ((outline: Outline) => Partial<Outline>)
): ConferenceDocument {
  return {
    ...doc,
    outlines: doc.outlines.map((outline) =>
      outline.id === id ? { ...outline, ...(typeof patch === 'function' ? patch(outline) : patch) } : outline
    )
  }
}

/** The outline's sections transformed; the rest of the document shared, so undo stays cheap. */
export function editSections(
  doc: ConferenceDocument,
  outlineId: string,
  edit: (sections: OutlineSection[]) => OutlineSection[]
): ConferenceDocument {
  return patchOutline(doc, outlineId, (outline) => ({ sections: edit(outline.sections) }))
}
