import { foldForSearch, matchesQuery } from '../text/foldForSearch'

/**
 * Words that begin most venue names on a nationwide list ("Điểm cầu tỉnh Nghệ An", "Điểm cầu thành
 * phố Cần Thơ"): they tell no venue from another, so a search ranks by what follows them.
 */
const COMMON_PREFIX =
  /^(diem cau )?(tinh |thanh pho |tp\.? ?|huyen |quan |thi xa |thi tran |xa |phuong |bo |ban |cuc |so )?/

/** The folded name without the words every venue name starts with. */
export function venueSearchKey(name: string): string {
  const folded = foldForSearch(name)
  const rest = folded.replace(COMMON_PREFIX, '')
  return rest === '' ? folded : rest
}

export interface PickerOption {
  value: string
  label: string
}

/**
 * The options that match what the clerk typed, best first. Matching ignores case and diacritics
 * ("nghe" finds "Điểm cầu tỉnh Nghệ An"); every query word must occur in the name past its common
 * prefix, or the whole query as typed somewhere in the name ("tinh nghe"). A name whose
 * distinguishing part (after "Điểm cầu tỉnh") starts with the query comes first, then names where a
 * word starts with it, then the rest; ties keep the list order. A blank query keeps every option.
 */
export function searchVenueOptions<T extends PickerOption>(options: readonly T[], query: string): T[] {
  const folded = foldForSearch(query)
  if (folded === '') return [...options]
  const tokens = folded.split(' ')
  const first = tokens[0] ?? ''
  const ranked: { option: T; rank: number; index: number }[] = []
  options.forEach((option, index) => {
    if (!nameMatches(option.label, folded, tokens)) return
    const name = foldForSearch(option.label)
    const key = venueSearchKey(option.label)
    const rank = key.startsWith(folded)
      ? 0
      : ` ${key}`.includes(` ${first}`)
        ? 1
        : name.startsWith(folded)
          ? 2
          : 3
    ranked.push({ option, rank, index })
  })
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index)
  return ranked.map((entry) => entry.option)
}

function nameMatches(label: string, folded: string, tokens: readonly string[]): boolean {
  const key = venueSearchKey(label)
  // Words of the common prefix match only as typed together with it ("tinh nghe"): otherwise
  // "ha tinh" would find every "Điểm cầu tỉnh …" with "ha" somewhere in it.
  return tokens.every((token) => key.includes(token)) || foldForSearch(label).includes(folded)
}

/**
 * The Venues tab's search: the venues whose name matches as in the picker, or whose place or
 * technical contact contains every word; in the list's own order.
 */
export function filterVenues<T extends { name: string; place: string; techContact: string }>(
  venues: readonly T[],
  query: string
): T[] {
  const folded = foldForSearch(query)
  if (folded === '') return [...venues]
  const tokens = folded.split(' ')
  return venues.filter(
    (venue) =>
      nameMatches(venue.name, folded, tokens) || matchesQuery([venue.place, venue.techContact], query)
  )
}
