import { foldForSearch } from '../text/foldForSearch'
import { normalizeText } from '../text/normalizeText'

/**
 * How an imported name is matched to a venue the conference already has. Folding away every mark
 * would make "Xã Thạch Hạ" update "Xã Thạch Hà" — two communes of Hà Tĩnh. So a name matches
 * exactly (after NFC, spacing and case), or else it matches a name it spells the same with some
 * marks left out ("Xa Thach Ha", "Thach Hà"), and only when exactly one venue does.
 */
export type VenueMatch<T> =
  { kind: 'found'; venue: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none' }

function exactKey(name: string): string {
  return normalizeText(name).toLocaleLowerCase('vi')
}

/**
 * True when the two names are the same letters, each position either equal or one side the bare
 * letter of the other ("a" for "ạ", "d" for "đ"). "ạ" against "à" differs; so does "ê" against "ệ".
 */
export function spellsSameWithMarksLeftOut(a: string, b: string): boolean {
  const left = [...exactKey(a)]
  const right = [...exactKey(b)]
  if (left.length !== right.length) return false
  return left.every((char, index) => {
    const other = right[index] ?? ''
    if (char === other) return true
    const bareLeft = foldForSearch(char)
    const bareRight = foldForSearch(other)
    return bareLeft === bareRight && (bareLeft === char || bareRight === other)
  })
}

export class VenueNameIndex<T extends { name: string }> {
  private readonly exact = new Map<string, T>()
  private readonly loose = new Map<string, T[]>()

  constructor(venues: Iterable<T> = []) {
    for (const venue of venues) this.add(venue)
  }

  add(venue: T): void {
    const key = exactKey(venue.name)
    if (!this.exact.has(key)) this.exact.set(key, venue)
    const folded = foldForSearch(venue.name)
    this.loose.set(folded, [...(this.loose.get(folded) ?? []), venue])
  }

  find(name: string): VenueMatch<T> {
    const exact = this.exact.get(exactKey(name))
    if (exact) return { kind: 'found', venue: exact }
    const candidates = (this.loose.get(foldForSearch(name)) ?? []).filter((venue) =>
      spellsSameWithMarksLeftOut(venue.name, name)
    )
    const [only] = candidates
    if (only && candidates.length === 1) return { kind: 'found', venue: only }
    return candidates.length > 1 ? { kind: 'ambiguous', candidates } : { kind: 'none' }
  }
}
