import { moveItem } from '../../../shared/agenda/moveItem'
import { mergeDelegates } from '../../../shared/delegates/findDuplicates'
import { sortByPrecedence } from '../../../shared/delegates/sortByPrecedence'
import { venueChairsFromRoles } from '../../../shared/delegates/venueChairsFromRoles'
import { applyImport } from '../../../shared/importExport/applyImport'
import type { ImportResult } from '../../../shared/importExport/convertRows'
import type { ConferenceDocument, Delegate, ImportOrigin } from '../../../shared/model/conference'
import { newDelegate } from '../../../shared/model/defaults'

export type DelegatePatch = Partial<Omit<Delegate, 'id'>>

/** A blank delegate after `afterId` (or at the end), in the venue the clerk is looking at. */
export function addDelegate(
  doc: ConferenceDocument,
  id: string,
  afterId: string | null,
  fields: DelegatePatch = {}
): ConferenceDocument {
  const delegates = [...doc.delegates]
  const at = afterId === null ? -1 : delegates.findIndex((delegate) => delegate.id === afterId)
  delegates.splice(at < 0 ? delegates.length : at + 1, 0, newDelegate(id, fields))
  return { ...doc, delegates }
}

export function updateDelegates(
  doc: ConferenceDocument,
  ids: ReadonlySet<string>,
  patch: DelegatePatch
): ConferenceDocument {
  let changed = false
  const delegates = doc.delegates.map((delegate) => {
    if (!ids.has(delegate.id)) return delegate
    const next = { ...delegate, ...patch }
    if ((Object.keys(patch) as (keyof DelegatePatch)[]).every((key) => next[key] === delegate[key]))
      return delegate
    changed = true
    return next
  })
  if (!changed) return doc
  const next = { ...doc, delegates }
  // Making someone "Chủ trì" at a connected venue (or seating a Chủ trì there) names the venue's chair.
  return patch.role === 'chair' || (patch.venueId !== undefined && patch.venueId !== null)
    ? venueChairsFromRoles(next, ids, true)
    : next
}

/** Every place a delegate id is referenced, rewritten (merge) or cleared (delete) in one pass. */
function remapPeople(doc: ConferenceDocument, map: (id: string) => string | null): ConferenceDocument {
  const person = (id: string | null) => (id === null ? null : map(id))
  return {
    ...doc,
    venues: doc.venues.map((venue) =>
      person(venue.chairId) === venue.chairId ? venue : { ...venue, chairId: person(venue.chairId) }
    ),
    agenda: doc.agenda.map((item) =>
      person(item.presenterId) === item.presenterId
        ? item
        : { ...item, presenterId: person(item.presenterId) }
    ),
    outlines: doc.outlines.map((outline) =>
      person(outline.speakerId) === outline.speakerId
        ? outline
        : { ...outline, speakerId: person(outline.speakerId) }
    ),
    awards: doc.awards.map((award) =>
      person(award.delegateId) === award.delegateId && person(award.presenterId) === award.presenterId
        ? award
        : { ...award, delegateId: person(award.delegateId), presenterId: person(award.presenterId) }
    )
  }
}

/** Removes delegates; a venue chair, presenter or speaker who was one of them becomes unset. */
export function removeDelegates(doc: ConferenceDocument, ids: ReadonlySet<string>): ConferenceDocument {
  if (!doc.delegates.some((delegate) => ids.has(delegate.id))) return doc
  const kept = { ...doc, delegates: doc.delegates.filter((delegate) => !ids.has(delegate.id)) }
  return remapPeople(kept, (id) => (ids.has(id) ? null : id))
}

export function moveDelegate(doc: ConferenceDocument, from: number, to: number): ConferenceDocument {
  if (from === to || from < 0 || to < 0 || from >= doc.delegates.length || to >= doc.delegates.length)
    return doc
  return { ...doc, delegates: moveItem(doc.delegates, from, to) }
}

/** Stores the suggested protocol order as the list's order (one undo step). */
export function applyPrecedence(doc: ConferenceDocument): ConferenceDocument {
  const sorted = sortByPrecedence(doc.delegates, doc.venues)
  return sorted.every((delegate, index) => delegate === doc.delegates[index])
    ? doc
    : { ...doc, delegates: sorted }
}

/** One record stays where `keep` was; the others' data fill its gaps and their references point to it. */
export function mergeGroup(
  doc: ConferenceDocument,
  keepId: string,
  otherIds: readonly string[]
): ConferenceDocument {
  const keep = doc.delegates.find((delegate) => delegate.id === keepId)
  const others = otherIds.flatMap((id) =>
    doc.delegates.filter((delegate) => delegate.id === id && id !== keepId)
  )
  if (!keep || others.length === 0) return doc
  const merged = mergeDelegates(keep, others)
  const gone = new Set(others.map((other) => other.id))
  const delegates = doc.delegates
    .filter((delegate) => !gone.has(delegate.id))
    .map((delegate) => (delegate.id === keepId ? merged : delegate))
  return remapPeople({ ...doc, delegates }, (id) => (gone.has(id) ? keepId : id))
}

/** Imported delegates (and the venues their file named) appended in one step. */
export function applyDelegateImport(
  doc: ConferenceDocument,
  result: ImportResult,
  origin: ImportOrigin | null = null
): ConferenceDocument {
  return applyImport(doc, result, origin)
}

/** Every group merged into its chosen record (the first unless the clerk chose), in one document: one undo step. */
export function mergeAllGroups(
  doc: ConferenceDocument,
  groups: readonly (readonly string[])[],
  chosen: (index: number) => string | undefined
): ConferenceDocument {
  return groups.reduce((current, group, index) => {
    const keepId = chosen(index) ?? group[0]
    return keepId === undefined
      ? current
      : mergeGroup(
          current,
          keepId,
          group.filter((id) => id !== keepId)
        )
  }, doc)
}
