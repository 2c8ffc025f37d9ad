import { canonicalTonePlacement } from '../text/canonicalTonePlacement'
import { foldForSearch } from '../text/foldForSearch'
import { normalizeText } from '../text/normalizeText'

/**
 * How an imported name is matched to a venue the conference already has. Folding away every mark
 * would make "Xã Thạch Hạ" update "Xã Thạch Hà", two communes of Hà Tĩnh. So a name matches
 * exactly (after NFC, spacing, case and the old or new tone placement: "Hoà" is "Hòa"), or else
 * it is the venue's name typed with some marks left out ("Xa Thach Ha", "Thach Hà"), and only
 * when exactly one venue fits. Never the other way round: a fully marked name is not a bare
 * venue's, since the bare one could stand for several.
 */
export type VenueMatch<T> =
  { kind: 'found'; venue: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none' }

/** Every row of a delegate list names one of a few venues: each spelling is keyed once (bounded). */
const keys = new Map<string, string>()

export function venueNameKey(name: string): string {
  const known = keys.get(name)
  if (known !== undefined) return known
  const key = canonicalTonePlacement(normalizeText(name)).toLocaleLowerCase('vi')
  if (keys.size >= 10_000) keys.clear()
  keys.set(name, key)
  return key
}

/**
 * True when `typed` is `name` with some marks left out: the same letters, each either equal or
 * the bare letter ("a" for "ạ", "d" for "đ"). "ạ" against "à" differs; so does "ê" against "ệ".
 * With `eitherWay`, either name may be the one with marks left out.
 */
export function spellsSameWithMarksLeftOut(name: string, typed: string, eitherWay = false): boolean {
  const full = [...venueNameKey(name)]
  const bare = [...venueNameKey(typed)]
  if (full.length !== bare.length) return false
  return full.every((char, index) => {
    const other = bare[index] ?? ''
    if (char === other) return true
    const plain = foldForSearch(char)
    if (plain !== foldForSearch(other)) return false
    return plain === other || (eitherWay && plain === char)
  })
}

export class VenueNameIndex<T extends { name: string }> {
  private readonly exact = new Map<string, T>()
  private readonly loose = new Map<string, T[]>()
  /** A delegate list names the same few venues on every row: each spelling is looked up once. */
  private readonly found = new Map<string, VenueMatch<T>>()

  constructor(
    venues: Iterable<T> = [],
    private readonly eitherWay = false
  ) {
    for (const venue of venues) this.add(venue)
  }

  add(venue: T): void {
    this.found.clear()
    const key = venueNameKey(venue.name)
    if (!this.exact.has(key)) this.exact.set(key, venue)
    const folded = foldForSearch(venue.name)
    this.loose.set(folded, [...(this.loose.get(folded) ?? []), venue])
  }

  find(name: string): VenueMatch<T> {
    const known = this.found.get(name)
    if (known) return known
    const match = this.match(name)
    this.found.set(name, match)
    return match
  }

  private match(name: string): VenueMatch<T> {
    const exact = this.exact.get(venueNameKey(name))
    if (exact) return { kind: 'found', venue: exact }
    const candidates = (this.loose.get(foldForSearch(name)) ?? []).filter((venue) =>
      spellsSameWithMarksLeftOut(venue.name, name, this.eitherWay)
    )
    const [only] = candidates
    if (only && candidates.length === 1) return { kind: 'found', venue: only }
    return candidates.length > 1 ? { kind: 'ambiguous', candidates } : { kind: 'none' }
  }
}
