import { removeInvisibleCharacters } from './unsafeCharacters'

/**
 * Search in HoiNghi is diacritic- and case-insensitive: clerks type "nguyen xuan thang" or "dai ta"
 * and expect "Nguyễn Xuân Thắng" and "Đại tá". Folding both sides to plain ASCII-like text does that.
 */
export function foldForSearch(value: string): string {
  return (
    // A zero-width joiner or a bidi mark inside a name must not make it another name.
    removeInvisibleCharacters(value)
      .toLowerCase()
      // NFD splits every Vietnamese letter into base + marks, whether the input came composed or not.
      .normalize('NFD')
      // All Vietnamese tone and letter marks live in this block; the narrow class is ~1.5× faster than \p{M}.
      .replace(/[\u0300-\u036f]+/g, '')
      // đ has no decomposition in Unicode, so it survives the mark stripping.
      .replace(/đ/g, 'd')
      .replace(/\s+/g, ' ')
      .trim()
  )
}

/** The folded query split into tokens; empty when the query is blank. */
export function queryTokens(query: string): string[] {
  const folded = foldForSearch(query)
  return folded === '' ? [] : folded.split(' ')
}

/** Every token of the query occurs somewhere in the haystacks (in any order). A blank query matches all. */
export function matchesQuery(haystacks: readonly string[], query: string): boolean {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return true
  return matchesTokens(foldForSearch(haystacks.join(' ')), tokens)
}

function matchesTokens(folded: string, tokens: readonly string[]): boolean {
  for (const token of tokens) if (!folded.includes(token)) return false
  return true
}

export interface SearchIndex<T> {
  /** Items whose fields contain every token of the query, in their original order. */
  filter(query: string): T[]
}

/**
 * Folds every item once, so filtering per keystroke costs only substring checks. While the clerk
 * keeps typing (the new query extends the previous one) only the previous matches are searched,
 * because a haystack that contains a token also contains every prefix of it.
 */
export function buildSearchIndex<T>(items: readonly T[], fields: (item: T) => string[]): SearchIndex<T> {
  const folded = items.map((item) => foldForSearch(fields(item).join(' ')))
  const all = items.map((_, index) => index)
  let lastQuery: string | null = null
  let lastMatches: number[] = all

  return {
    filter(query: string): T[] {
      const foldedQuery = foldForSearch(query)
      const tokens = foldedQuery === '' ? [] : foldedQuery.split(' ')
      const candidates = lastQuery !== null && foldedQuery.startsWith(lastQuery) ? lastMatches : all
      const matches =
        tokens.length === 0 ? all : candidates.filter((index) => matchesTokens(folded[index] ?? '', tokens))
      lastQuery = foldedQuery
      lastMatches = matches
      const out: T[] = []
      for (const index of matches) {
        const item = items[index]
        if (item !== undefined) out.push(item)
      }
      return out
    }
  }
}
