import type { AgendaItem, ConferenceDocument } from '../../../shared/model/conference'

/** A fresh, empty agenda line; 'other' until the clerk picks a kind. */
export function newAgendaItem(fields: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: crypto.randomUUID(),
    title: '',
    kind: 'other',
    durationMin: 10,
    pinnedStart: null,
    presenterId: null,
    presenterText: '',
    venueId: null,
    notes: '',
    ...fields
  }
}

export function patchAgendaItem(
  doc: ConferenceDocument,
  id: string,
  patch: Partial<AgendaItem>
): ConferenceDocument {
  return { ...doc, agenda: doc.agenda.map((item) => (item.id === id ? { ...item, ...patch } : item)) }
}

export function insertAgendaItem(doc: ConferenceDocument, at: number, item: AgendaItem): ConferenceDocument {
  const agenda = [...doc.agenda]
  agenda.splice(Math.max(0, Math.min(at, agenda.length)), 0, item)
  return { ...doc, agenda }
}
