import type { Delegate } from '../model/conference'
import { foldForSearch } from '../text/foldForSearch'

/**
 * Ids of delegates that are probably the same person entered twice (same name and unit, ignoring
 * case, diacritics and spacing, which is how doubles from merged lists differ). Groups appear in
 * the order of their first member; delegates without a name are never grouped.
 */
export function findDuplicateGroups(delegates: readonly Delegate[]): string[][] {
  const groups = new Map<string, string[]>()
  for (const delegate of delegates) {
    const name = foldForSearch(delegate.name)
    if (name === '') continue
    const key = `${name}\u0000${foldForSearch(delegate.unit)}`
    const group = groups.get(key)
    if (group) group.push(delegate.id)
    else groups.set(key, [delegate.id])
  }
  return [...groups.values()].filter((group) => group.length > 1)
}

type TextField = 'name' | 'honorific' | 'rank' | 'position' | 'partyPosts' | 'unit' | 'deputyName' | 'phone'
const TEXT_FIELDS: readonly TextField[] = [
  'name',
  'honorific',
  'rank',
  'position',
  'partyPosts',
  'unit',
  'deputyName',
  'phone'
]

/**
 * Keeps `keep` (its id, role and attendance win) and fills each of its empty fields from the first
 * other record that has it; notes are joined so nothing the clerk wrote is lost.
 */
export function mergeDelegates(keep: Delegate, others: readonly Delegate[]): Delegate {
  const merged: Delegate = { ...keep }
  for (const field of TEXT_FIELDS) {
    if (merged[field].trim() !== '') continue
    const donor = others.find((other) => other[field].trim() !== '')
    if (donor) merged[field] = donor[field]
  }
  if (merged.venueId === null)
    merged.venueId = others.find((other) => other.venueId !== null)?.venueId ?? null
  const notes: string[] = []
  for (const note of [keep.notes, ...others.map((other) => other.notes)]) {
    const clean = note.trim()
    if (clean !== '' && !notes.includes(clean)) notes.push(clean)
  }
  merged.notes = notes.join('\n')
  return merged
}
