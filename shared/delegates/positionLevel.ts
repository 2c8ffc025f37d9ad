import { foldForSearch } from '../text/foldForSearch'

/**
 * A rough seniority score for a position, used only to SUGGEST a protocol order; the clerk has the
 * last word. Higher is more senior. Titles are matched as whole words anywhere in the position, so
 * "Chỉ huy trưởng Bộ CHQS tỉnh" and "Phó Giám đốc Công an tỉnh" both work; with several posts the
 * most senior counts. The gaps between steps are wider than DEPUTY_PENALTY so that a deputy
 * ranks below the head of the same kind of body but above the next step down.
 */
const POSITION_TITLES: ReadonlyArray<readonly [title: string, score: number]> = [
  // Government and ministry
  ['Bộ trưởng', 100],
  ['Thứ trưởng', 90],
  ['Bí thư Tỉnh ủy', 95],
  ['Bí thư Thành ủy', 95],
  ['Bí thư Huyện ủy', 72],
  // A bare "Bí thư" is as often a cell's secretary as a province's: keep it modest.
  ['Bí thư', 40],
  ['Chủ tịch', 85],
  // Military region, force and ministry departments
  ['Tư lệnh', 85],
  ['Chính ủy', 84],
  ['Tổng cục trưởng', 82],
  ['Cục trưởng', 72],
  ['Tham mưu trưởng', 68],
  ['Chủ nhiệm', 66],
  // Provincial level bodies: Police, Military Command, Border Guard, departments
  ['Giám đốc', 70],
  ['Chỉ huy trưởng', 70],
  ['Chính trị viên', 68],
  ['Trưởng Công an', 62],
  ['Trưởng ban', 60],
  ['Chánh Văn phòng', 60],
  ['Chánh Thanh tra', 60],
  // Offices, stations, teams
  ['Trưởng phòng', 50],
  ['Đồn trưởng', 50],
  ['Trạm trưởng', 40],
  ['Đội trưởng', 38],
  ['Trưởng đồn', 50],
  ['Trưởng trạm', 40],
  ['Trưởng đội', 38],
  ['Trưởng ấp', 22],
  ['Trưởng thôn', 22],
  ['Trợ lý', 20],
  ['Chuyên viên chính', 18],
  ['Chuyên viên', 15],
  ['Cán bộ', 10],
  ['Nhân viên', 8],
  ['Chiến sĩ', 6]
]

/** "Phó …" (and "Chính trị viên phó", "Phó Bí thư Tỉnh ủy") puts a deputy one step below the head. */
export const DEPUTY_PENALTY = 8

/**
 * Party posts raise the score: in protocol a Standing Committee member of the Provincial Party
 * Committee precedes a colleague of the same post without it. The highest matching bonus counts.
 */
const PARTY_BONUSES: ReadonlyArray<readonly [post: string, bonus: number]> = [
  ['Ủy viên Bộ Chính trị', 60],
  ['Ủy viên Trung ương', 40],
  ['Bí thư Tỉnh ủy', 30],
  ['Ủy viên Ban Thường vụ Tỉnh ủy', 12],
  ['Ủy viên Thường vụ Tỉnh ủy', 12],
  ['Tỉnh ủy viên', 6],
  ['Ủy viên Ban Chấp hành Đảng bộ tỉnh', 6],
  ['Bí thư Đảng ủy', 4],
  ['Bí thư Huyện ủy', 8],
  ['Ủy viên Ban Thường vụ Huyện ủy', 3],
  ['Huyện ủy viên', 2]
]

interface CompiledPhrase {
  words: string[]
  score: number
}

/** Phrases indexed by their first word, so scanning a position looks at a handful of candidates per word. */
function compile(table: ReadonlyArray<readonly [string, number]>): Map<string, CompiledPhrase[]> {
  const byFirstWord = new Map<string, CompiledPhrase[]>()
  for (const [phrase, score] of table) {
    const words = foldedWords(phrase)
    const first = words[0] ?? ''
    const list = byFirstWord.get(first) ?? []
    list.push({ words, score })
    byFirstWord.set(first, list)
  }
  return byFirstWord
}

const positionPhrases = compile(POSITION_TITLES)
const partyPhrases = compile(PARTY_BONUSES)

function foldedWords(text: string): string[] {
  // "uỷ"/"ủy" and other spelling variants meet after folding; punctuation separates words.
  return foldForSearch(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false
  for (let i = 0; i < phrase.length; i++) if (words[at + i] !== phrase[i]) return false
  return true
}

function bestScore(
  words: readonly string[],
  phrases: ReadonlyMap<string, CompiledPhrase[]>,
  deputies: boolean
): number {
  let best = 0
  for (let at = 0; at < words.length; at++) {
    for (const phrase of phrases.get(words[at] ?? '') ?? []) {
      if (!matchesAt(words, at, phrase.words)) continue
      const deputy = deputies && (words[at - 1] === 'pho' || words[at + phrase.words.length] === 'pho')
      best = Math.max(best, phrase.score - (deputy ? DEPUTY_PENALTY : 0))
    }
  }
  return best
}

/** Heuristic seniority of a position plus its party posts; 0 when nothing is recognised. */
export function positionLevel(position: string, partyPosts = ''): number {
  return (
    bestScore(foldedWords(position), positionPhrases, true) +
    bestScore(foldedWords(partyPosts), partyPhrases, true)
  )
}
