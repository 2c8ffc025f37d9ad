import { foldForSearch } from '../text/foldForSearch'
import { IMPORT_FIELDS, type ImportKind } from './importFields'

/** Column-index (as text) → target field key, '' for a column that is not imported. */
export type ColumnMapping = Record<string, string>

function foldHeader(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const foldedWords = new Map<ImportKind, { key: string; words: string[] }[]>()
function fieldsFolded(kind: ImportKind) {
  let cached = foldedWords.get(kind)
  if (!cached) {
    cached = IMPORT_FIELDS[kind].map((field) => ({ key: field.key, words: field.words.map(foldHeader) }))
    foldedWords.set(kind, cached)
  }
  return cached
}

/**
 * How well a header cell names a field: an exact match beats any partial one, and a longer
 * matching phrase beats a shorter one ("Chức vụ Đảng" is party posts, not position). 0: no match.
 */
function matchScore(header: string, word: string): number {
  if (header === '' || word === '') return 0
  if (header === word) return 1000 + word.length
  if (` ${header} `.includes(` ${word} `)) return word.length
  return 0
}

export function bestField(kind: ImportKind, headerText: string): { key: string; score: number } | null {
  const header = foldHeader(headerText)
  // Titles and notes are long; a header cell is a few words.
  if (header.length > 60) return null
  let best: { key: string; score: number } | null = null
  for (const field of fieldsFolded(kind)) {
    for (const word of field.words) {
      const score = matchScore(header, word)
      if (score > 0 && (!best || score > best.score)) best = { key: field.key, score }
    }
  }
  return best
}

const SERIAL = new Set(['stt', 'so tt', 'tt', 'so thu tu'])

/**
 * The row holding the column titles (0-based), among the first 30: the one naming the most
 * distinct fields. Title rows above it ("DANH SÁCH ĐẠI BIỂU …") name at most one.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[], kind: ImportKind): number {
  let bestRow = -1
  let bestScore = 0
  rows.slice(0, 30).forEach((row, index) => {
    const keys = new Set<string>()
    let serial = 0
    for (const cell of row) {
      if (SERIAL.has(foldHeader(cell))) serial = 1
      const match = bestField(kind, cell)
      if (match) keys.add(match.key)
    }
    const score = keys.size + serial
    if (score > bestScore) {
      bestScore = score
      bestRow = index
    }
  })
  if (bestRow >= 0 && bestScore >= 2) return bestRow
  // No recognisable titles: take the first row that is not blank.
  const firstFilled = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''))
  return Math.max(0, firstFilled)
}

/** A mapping suggested from the header words; each field goes to the column that names it best. */
export function suggestMapping(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const claims = headers.map((header, column) => ({ column, match: bestField(kind, header) }))
  const winner = new Map<string, { column: number; score: number }>()
  for (const { column, match } of claims) {
    if (!match) continue
    const current = winner.get(match.key)
    if (!current || match.score > current.score) winner.set(match.key, { column, score: match.score })
  }
  const mapping: ColumnMapping = {}
  headers.forEach((_, column) => (mapping[String(column)] = ''))
  for (const [key, { column }] of winner) mapping[String(column)] = key
  return mapping
}
