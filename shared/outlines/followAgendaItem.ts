import type { AgendaItem, Outline } from '../model/conference'

export interface OutlineTiming {
  /** The agenda item the outline belongs to, or null when it has none (or it was deleted). */
  item: AgendaItem | null
  allottedMin: number
  speakerId: string | null
  /** The presenter as typed in the agenda when no delegate was picked. */
  speakerText: string
}

/**
 * An outline that belongs to an agenda item follows that item's minutes and presenter, read at the
 * moment they are shown: nothing is copied, so changing the agenda can never leave the outline
 * saying 35 minutes when the programme says 30.
 */
export function followAgendaItem(
  outline: Pick<Outline, 'agendaItemId' | 'allottedMin' | 'speakerId'>,
  agenda: readonly AgendaItem[]
): OutlineTiming {
  const item =
    outline.agendaItemId === null ? null : (agenda.find((entry) => entry.id === outline.agendaItemId) ?? null)
  if (!item)
    return { item: null, allottedMin: outline.allottedMin, speakerId: outline.speakerId, speakerText: '' }
  return { item, allottedMin: item.durationMin, speakerId: item.presenterId, speakerText: item.presenterText }
}
