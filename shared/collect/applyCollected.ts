import type { ConferenceDocument, Delegate } from '../model/conference'
import type { VenuePlan } from './planCollection'

/** Links to people who left a list are cleared: a chair, presenter, speaker or award that named them. */
function dropPeople(doc: ConferenceDocument, gone: ReadonlySet<string>): ConferenceDocument {
  if (gone.size === 0) return doc
  const keep = (id: string | null) => (id !== null && gone.has(id) ? null : id)
  return {
    ...doc,
    venues: doc.venues.map((venue) =>
      keep(venue.chairId) === venue.chairId ? venue : { ...venue, chairId: null }
    ),
    agenda: doc.agenda.map((item) =>
      keep(item.presenterId) === item.presenterId ? item : { ...item, presenterId: null }
    ),
    outlines: doc.outlines.map((outline) =>
      keep(outline.speakerId) === outline.speakerId ? outline : { ...outline, speakerId: null }
    ),
    awards: doc.awards.map((award) =>
      keep(award.delegateId) === award.delegateId && keep(award.presenterId) === award.presenterId
        ? award
        : { ...award, delegateId: keep(award.delegateId), presenterId: keep(award.presenterId) }
    )
  }
}

/**
 * Each planned venue's list replaced by its file's: people still there keep their record and place
 * (protocol order is the secretariat's, not the venue's), changed fields are taken over, people
 * the file adds follow the venue's last person (or the end of the list), people it no longer names
 * go. The venue records which file answered and when. Pure; the app wraps it in one undo step.
 */
export function applyCollected(
  doc: ConferenceDocument,
  plans: readonly VenuePlan[],
  at: string
): ConferenceDocument {
  if (plans.length === 0) return doc
  const replaced = new Map<string, Delegate>()
  const gone = new Set<string>()
  const addedAfter = new Map<string, Delegate[]>()
  const planned = new Map(plans.map((plan) => [plan.venueId, plan]))
  for (const plan of plans) {
    for (const change of plan.diff.changed) replaced.set(change.before.id, change.after)
    for (const person of plan.diff.removed) gone.add(person.id)
    addedAfter.set(
      plan.venueId,
      plan.diff.added.map((person) => ({
        ...person,
        venueId: plan.venueId,
        importedFrom: { file: plan.file.fileName.slice(0, 300), at }
      }))
    )
  }
  const lastOfVenue = new Map<string, number>()
  doc.delegates.forEach((person, index) => {
    if (person.venueId !== null && planned.has(person.venueId)) lastOfVenue.set(person.venueId, index)
  })
  const delegates: Delegate[] = []
  doc.delegates.forEach((person, index) => {
    if (!gone.has(person.id)) delegates.push(replaced.get(person.id) ?? person)
    if (person.venueId !== null && lastOfVenue.get(person.venueId) === index) {
      delegates.push(...(addedAfter.get(person.venueId) ?? []))
      addedAfter.delete(person.venueId)
    }
  })
  for (const people of addedAfter.values()) delegates.push(...people)
  const venues = doc.venues.map((venue) => {
    const plan = planned.get(venue.id)
    return plan
      ? {
          ...venue,
          collection: { ...venue.collection, replyFile: plan.file.fileName.slice(0, 300), replyAt: at }
        }
      : venue
  })
  return dropPeople({ ...doc, venues, delegates }, gone)
}

/** Marks the venues whose templates were just written. */
export function recordTemplates(
  doc: ConferenceDocument,
  venueIds: readonly string[],
  at: string
): ConferenceDocument {
  const written = new Set(venueIds)
  return {
    ...doc,
    venues: doc.venues.map((venue) =>
      written.has(venue.id) ? { ...venue, collection: { ...venue.collection, templateAt: at } } : venue
    )
  }
}
