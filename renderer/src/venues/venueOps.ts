import { moveItem } from '../../../shared/agenda/moveItem'
import type { ConferenceDocument, Venue } from '../../../shared/model/conference'
import { newVenue } from '../../../shared/model/defaults'

/** A new venue at the end; the very first venue of a conference is the main one. */
export function addVenue(
  doc: ConferenceDocument,
  id: string,
  fields: Partial<Venue> = {}
): ConferenceDocument {
  return { ...doc, venues: [...doc.venues, newVenue(id, { isMain: doc.venues.length === 0, ...fields })] }
}

/**
 * Removes a venue; its delegates become unassigned (kept, never deleted with it). When the main
 * venue goes, the first remaining venue becomes main so there is always exactly one.
 */
export function removeVenue(doc: ConferenceDocument, id: string): ConferenceDocument {
  const removed = doc.venues.find((venue) => venue.id === id)
  if (!removed) return doc
  let venues = doc.venues.filter((venue) => venue.id !== id)
  if (removed.isMain && venues.length > 0)
    venues = venues.map((venue, index) => ({ ...venue, isMain: index === 0 }))
  const delegates = doc.delegates.some((delegate) => delegate.venueId === id)
    ? doc.delegates.map((delegate) => (delegate.venueId === id ? { ...delegate, venueId: null } : delegate))
    : doc.delegates
  const agenda = doc.agenda.some((item) => item.venueId === id)
    ? doc.agenda.map((item) => (item.venueId === id ? { ...item, venueId: null } : item))
    : doc.agenda
  return { ...doc, venues, delegates, agenda }
}

/** Exactly one main venue: marking one unmarks the others. */
export function setMainVenue(doc: ConferenceDocument, id: string): ConferenceDocument {
  if (!doc.venues.some((venue) => venue.id === id)) return doc
  return {
    ...doc,
    venues: doc.venues.map((venue) =>
      venue.isMain === (venue.id === id) ? venue : { ...venue, isMain: venue.id === id }
    )
  }
}

export function updateVenue(
  doc: ConferenceDocument,
  id: string,
  patch: Partial<Omit<Venue, 'id' | 'isMain'>>
): ConferenceDocument {
  return { ...doc, venues: doc.venues.map((venue) => (venue.id === id ? { ...venue, ...patch } : venue)) }
}

export function moveVenue(doc: ConferenceDocument, from: number, to: number): ConferenceDocument {
  if (from === to || to < 0 || to >= doc.venues.length) return doc
  return { ...doc, venues: moveItem(doc.venues, from, to) }
}

export interface VenueCounts {
  listed: number
  confirmed: number
}

export interface VenueTotals {
  venues: number
  expected: number
  listed: number
  confirmed: number
  unassigned: number
  perVenue: Map<string, VenueCounts>
}

/** Counts shown in the totals bar; deputies count as confirmed because someone will sit there. */
export function venueTotals(doc: ConferenceDocument): VenueTotals {
  const perVenue = new Map<string, VenueCounts>(
    doc.venues.map((venue) => [venue.id, { listed: 0, confirmed: 0 }])
  )
  let confirmed = 0
  let unassigned = 0
  for (const delegate of doc.delegates) {
    const present = delegate.attendance === 'confirmed' || delegate.attendance === 'deputy'
    if (present) confirmed++
    const counts = delegate.venueId === null ? undefined : perVenue.get(delegate.venueId)
    if (!counts) {
      unassigned++
      continue
    }
    counts.listed++
    if (present) counts.confirmed++
  }
  return {
    venues: doc.venues.length,
    expected: doc.venues.reduce((sum, venue) => sum + (venue.expectedCount ?? 0), 0),
    listed: doc.delegates.length,
    confirmed,
    unassigned,
    perVenue
  }
}
