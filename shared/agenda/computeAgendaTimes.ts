import type { AgendaItem } from '../model/conference'
import { fromMinutes, MINUTES_PER_DAY, toMinutes } from '../dates/timeOfDay'
import { KINDS_NEEDING_PRESENTER } from './agendaKinds'

export interface AgendaTiming {
  id: string
  /** HH:MM, or '' when no time can be known yet (no conference start and nothing pinned before). */
  start: string
  end: string
  pinned: boolean
}

export type AgendaWarning =
  | { kind: 'overrun'; itemId: string; minutesOver: number }
  | { kind: 'no-presenter'; itemId: string }
  | { kind: 'pinned-conflict'; itemId: string; minutesLate: number }
  | { kind: 'past-midnight'; itemId: string }

/**
 * Start and end of every agenda item, flowing from the conference start through the durations.
 * - A pinned start wins: the item starts then and later items flow from it. When the items before
 *   it would still be running, that is a pinned-conflict (minutesLate = how long they run into it);
 *   a pinned time later than the flow just leaves a gap.
 * - An empty conference start does NOT default to 08:00: a made-up time would be printed as if the
 *   clerk had chosen it. Times stay '' until the first pinned item, and flow from there.
 * - overrun: the item ends after endTime (when one is set), by minutesOver.
 * - past-midnight: the item ends after 24:00; its times wrap around the clock.
 * - no-presenter: a kind that needs a speaker has neither a linked delegate nor a name typed.
 */
export function computeAgendaTimes(
  items: readonly AgendaItem[],
  startTime: string,
  endTime?: string
): { timings: AgendaTiming[]; warnings: AgendaWarning[] } {
  const timings: AgendaTiming[] = []
  const warnings: AgendaWarning[] = []
  const endLimit = endTime !== undefined && endTime.trim() !== '' ? toMinutes(endTime) : null
  // Minutes since midnight of the conference day; may pass 24 × 60 when the programme runs late.
  let clock: number | null = startTime.trim() !== '' ? toMinutes(startTime) : null

  for (const item of items) {
    let start = clock
    if (item.pinnedStart !== null) {
      // A pinned time is on the same day unless the flow already passed midnight.
      const dayOffset = clock !== null ? Math.floor(clock / MINUTES_PER_DAY) * MINUTES_PER_DAY : 0
      const pinned = toMinutes(item.pinnedStart) + dayOffset
      if (clock !== null && pinned < clock)
        warnings.push({ kind: 'pinned-conflict', itemId: item.id, minutesLate: clock - pinned })
      start = pinned
    }

    if (start === null) {
      timings.push({ id: item.id, start: '', end: '', pinned: false })
    } else {
      const end = start + item.durationMin
      timings.push({
        id: item.id,
        start: fromMinutes(start),
        end: fromMinutes(end),
        pinned: item.pinnedStart !== null
      })
      if (endLimit !== null && end > endLimit)
        warnings.push({ kind: 'overrun', itemId: item.id, minutesOver: end - endLimit })
      if (end > MINUTES_PER_DAY) warnings.push({ kind: 'past-midnight', itemId: item.id })
      clock = end
    }

    if (
      KINDS_NEEDING_PRESENTER.has(item.kind) &&
      item.presenterId === null &&
      item.presenterText.trim() === ''
    ) {
      warnings.push({ kind: 'no-presenter', itemId: item.id })
    }
  }
  return { timings, warnings }
}
