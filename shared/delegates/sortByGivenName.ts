import { compareVietnameseNfc } from '../text/vietnameseCollator'
import { familyAndMiddleName, givenName } from './givenName'

/**
 * Alphabetical list order: by given name, then family and middle names, in the Vietnamese
 * alphabet. Stable, so equal names keep the clerk's order. Keys are split once per item.
 */
export function sortByGivenName<T extends { name: string }>(items: readonly T[]): T[] {
  const keyed = items.map((item) => ({
    item,
    given: givenName(item.name),
    rest: familyAndMiddleName(item.name)
  }))
  keyed.sort((a, b) => compareVietnameseNfc(a.given, b.given) || compareVietnameseNfc(a.rest, b.rest))
  return keyed.map((entry) => entry.item)
}
