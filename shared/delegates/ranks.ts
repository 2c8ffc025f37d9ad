import { foldForSearch } from '../text/foldForSearch'

/**
 * Officer ranks of the People's Army and the People's Public Security, high to low (both forces
 * use the same words). level: higher is more senior; 0 is kept for "no rank".
 */
export const RANKS = [
  { label: 'Đại tướng', level: 17 },
  { label: 'Thượng tướng', level: 16 },
  { label: 'Trung tướng', level: 15 },
  { label: 'Thiếu tướng', level: 14 },
  { label: 'Đại tá', level: 13 },
  { label: 'Thượng tá', level: 12 },
  { label: 'Trung tá', level: 11 },
  { label: 'Thiếu tá', level: 10 },
  { label: 'Đại úy', level: 9 },
  { label: 'Thượng úy', level: 8 },
  { label: 'Trung úy', level: 7 },
  { label: 'Thiếu úy', level: 6 }
] as const

/** Non-commissioned ranks and soldiers, below every officer; rare at conferences but they appear in award lists. */
export const ENLISTED_RANKS = [
  { label: 'Thượng sĩ', level: 5 },
  { label: 'Trung sĩ', level: 4 },
  { label: 'Hạ sĩ', level: 3 },
  { label: 'Binh nhất', level: 2 },
  { label: 'Binh nhì', level: 1 }
] as const

export type RankLabel = (typeof RANKS)[number]['label'] | (typeof ENLISTED_RANKS)[number]['label']

// Folding makes "Đại uý" (old tone placement), "ĐẠI ÚY", NFD input and "dai uy" the same key.
const byFoldedLabel = new Map<string, number>(
  [...RANKS, ...ENLISTED_RANKS].map((rank) => [foldForSearch(rank.label), rank.level])
)
const labelByLevel = new Map<number, string>(
  [...RANKS, ...ENLISTED_RANKS].map((rank) => [rank.level, rank.label])
)

/**
 * Seniority of a rank as clerks type it: "Đại tá", "Đại uý", "đại tá", "Thiếu tướng, PGS.TS".
 * A rank followed by other words still counts; anything unknown (or empty) is 0.
 */
export function rankLevel(rank: string): number {
  const folded = foldForSearch(rank)
  if (folded === '') return 0
  const exact = byFoldedLabel.get(folded)
  if (exact !== undefined) return exact
  // Every rank is two words: look at the first two words only.
  const firstTwo = folded
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 2)
    .join(' ')
  return byFoldedLabel.get(firstTwo) ?? 0
}

/** The standard spelling of a rank ("dai uy" → "Đại úy"), or null when it is not a rank. */
export function canonicalRank(rank: string): RankLabel | null {
  const label = labelByLevel.get(rankLevel(rank))
  return (label as RankLabel | undefined) ?? null
}
