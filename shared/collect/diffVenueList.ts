import type { Delegate } from '../model/conference'
import { canonicalTonePlacement } from '../text/canonicalTonePlacement'
import { foldForSearch } from '../text/foldForSearch'
import { normalizeText } from '../text/normalizeText'

/** The fields a venue's returned list speaks for; everything else about a person stays as stored. */
export const LIST_FIELDS = [
  'name',
  'honorific',
  'rank',
  'position',
  'partyPosts',
  'unit',
  'role',
  'attendance',
  'deputyName',
  'phone',
  'notes'
] as const
export type ListField = (typeof LIST_FIELDS)[number]

export interface ChangedPerson {
  before: Delegate
  after: Delegate
  fields: ListField[]
}

export interface VenueListDiff {
  /** New people, with the ids they will have. */
  added: Delegate[]
  changed: ChangedPerson[]
  removed: Delegate[]
  unchanged: Delegate[]
  /** People the file lists twice (same name and unit): kept once, named here. */
  repeated: Delegate[]
}

/** Same person's name whatever the case, spacing or tone placement ("Hoà" is "Hòa"). */
function personKey(name: string): string {
  return canonicalTonePlacement(normalizeText(name)).toLocaleLowerCase('vi')
}

const fold = (value: string) => foldForSearch(normalizeText(value))

/** How well a stored person fits an incoming row with the same name: unit, then position, then rank. */
function closeness(stored: Delegate, incoming: Delegate): number {
  return (
    (fold(stored.unit) === fold(incoming.unit) ? 4 : 0) +
    (fold(stored.position) === fold(incoming.position) ? 2 : 0) +
    (fold(stored.rank) === fold(incoming.rank) ? 1 : 0)
  )
}

/**
 * A venue's stored list against the list its file returns. People still there keep their record
 * (and so their place in protocol order, awards and the MC script's links): matched by name as
 * above, and among namesakes by unit, position and rank; then, for names typed with marks left
 * out or added, by the bare name when only one person fits. Only the columns the file has
 * (`present`) are compared and taken over. Pure: `newId` names the added people.
 */
export function diffVenueList(
  current: readonly Delegate[],
  incoming: readonly Delegate[],
  present: ReadonlySet<string>,
  newId: () => string
): VenueListDiff {
  const repeated: Delegate[] = []
  const seen = new Set<string>()
  const rows: Delegate[] = []
  for (const person of incoming) {
    const key = `${personKey(person.name)}\u0000${fold(person.unit)}`
    if (seen.has(key)) repeated.push(person)
    else {
      seen.add(key)
      rows.push(person)
    }
  }
  const claimed = new Set<string>()
  const matchOf = new Map<number, Delegate>()
  const byKey = new Map<string, Delegate[]>()
  for (const person of current) {
    const key = personKey(person.name)
    byKey.set(key, [...(byKey.get(key) ?? []), person])
  }
  rows.forEach((row, index) => {
    const candidates = (byKey.get(personKey(row.name)) ?? []).filter((person) => !claimed.has(person.id))
    let best: Delegate | undefined
    for (const candidate of candidates)
      if (!best || closeness(candidate, row) > closeness(best, row)) best = candidate
    if (best) {
      claimed.add(best.id)
      matchOf.set(index, best)
    }
  })
  rows.forEach((row, index) => {
    if (matchOf.has(index)) return
    const bare = fold(row.name)
    const candidates = current.filter((person) => !claimed.has(person.id) && fold(person.name) === bare)
    const unmatchedRows = rows.filter((other, at) => !matchOf.has(at) && fold(other.name) === bare)
    const [only] = candidates
    if (only && candidates.length === 1 && unmatchedRows.length === 1) {
      claimed.add(only.id)
      matchOf.set(index, only)
    }
  })
  const diff: VenueListDiff = { added: [], changed: [], removed: [], unchanged: [], repeated }
  rows.forEach((row, index) => {
    const before = matchOf.get(index)
    if (!before) {
      diff.added.push({ ...row, id: newId() })
      return
    }
    const after: Delegate = { ...before }
    const fields: ListField[] = []
    for (const field of LIST_FIELDS) {
      if (!present.has(field)) continue
      if (before[field] !== row[field]) {
        fields.push(field)
        ;(after as Record<ListField, string>)[field] = row[field]
      }
    }
    if (fields.length > 0) diff.changed.push({ before, after, fields })
    else diff.unchanged.push(before)
  })
  diff.removed = current.filter((person) => !claimed.has(person.id))
  return diff
}
