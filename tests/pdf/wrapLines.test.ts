import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { breakLongWord, createWriter, textWidth, wrapLines } from '../../electron/documents/writer'

const ROOT = join(__dirname, '..', '..')
const FONTS = join(ROOT, 'resources/fonts')

function writer() {
  return createWriter({ fontsDir: FONTS, lang: 'vi', title: 'Danh sách khen thưởng' })
}

/** A 10,000-character "word": Vietnamese letters with every mark, no space to break at. */
const LONG_WORD = 'Thànhtíchxuấtsắctrongphongtràothiđuaquyếtthắngnăm2023ỦyviênẢnhỮỹ'
  .repeat(200)
  .slice(0, 10_000)

describe('wrapLines and over-long words', () => {
  it('keeps every character of a 10,000-character word, in order, each line within the width', () => {
    const w = writer()
    const width = 200
    const lines = wrapLines(w, LONG_WORD, 'regular', 12, width)
    expect(lines.join('')).toBe(LONG_WORD)
    expect(lines.length).toBeGreaterThan(50)
    for (const line of lines) expect(textWidth(w, line, 'regular', 12)).toBeLessThanOrEqual(width)
    // Each line is as full as it can be: one more character would overflow.
    let taken = 0
    for (const line of lines.slice(0, -1)) {
      taken += line.length
      expect(textWidth(w, line + LONG_WORD.slice(taken, taken + 1), 'regular', 12)).toBeGreaterThan(width)
    }
  })

  it('measures per character, not per prefix: the width cache stays small', () => {
    const w = writer()
    wrapLines(w, LONG_WORD, 'regular', 12, 150)
    const cached = [...w.widths.values()].reduce((sum, widths) => sum + widths.size, 0)
    // The distinct letters, the word itself, the paragraph and the last piece; never thousands of prefixes.
    expect(cached).toBeLessThan(100)
  })

  it('keeps the words around a long word and never splits a surrogate pair', () => {
    const w = writer()
    const text = `Đại tá Nguyễn Xuân Thắng ${'🎖️Ủ'.repeat(300)} Chỉ huy trưởng`
    const lines = wrapLines(w, text, 'regular', 12, 120)
    expect(lines.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
    for (const line of lines)
      expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
    const pieces = breakLongWord(w, '🎖️Ủ'.repeat(300), 'regular', 12, 120)
    expect(pieces.join('')).toBe('🎖️Ủ'.repeat(300))
  })

  it('still breaks a word narrower than one character into one-character pieces', () => {
    const w = writer()
    expect(wrapLines(w, 'ỦỦỦ', 'regular', 12, 1)).toEqual(['Ủ', 'Ủ', 'Ủ'])
  })
})
