import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocument } from '../../electron/documents/renderDocument'
import { MARGINS } from '../../electron/documents/units'
import { listDocuments, type DocumentEntry } from '../../shared/documents/documentCatalog'
import type { ConferenceDocument } from '../../shared/model/conference'
import { hasPoppler, pdfText, pdfWords, type Word } from './pdfReadBack'
import { buildNationalConference, buildProvincialReview, withExtremeContent } from './signableFixtures'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'artifacts/pdf/signable')
const FONTS = join(ROOT, 'resources/fonts')
const TOLERANCE = 1

interface Rendered {
  entry: DocumentEntry
  file: string
  words: Word[]
  /** Every word's text run together in reading order. */
  joined: string
  /**
   * Words of the same left edge on a page, top to bottom, run together: the pieces of a word the
   * wrapper had to cut across lines of a cell start at the cell's edge and read as one here.
   */
  byEdge: string
}

function joinByEdge(words: readonly Word[]): string {
  const edges = new Map<string, Word[]>()
  for (const word of words) {
    const key = `${word.page}:${Math.round(word.xMin)}`
    edges.set(key, [...(edges.get(key) ?? []), word])
  }
  return [...edges.values()]
    .map((group) =>
      group
        .sort((a, b) => a.yMin - b.yMin)
        .map((word) => word.text)
        .join('')
    )
    .join('|')
}

async function renderAll(name: string, doc: ConferenceDocument): Promise<Map<string, Rendered>> {
  const dir = join(OUT, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'venues'), { recursive: true })
  const rendered = new Map<string, Rendered>()
  for (const entry of listDocuments(doc, 'vi', { perVenueSheetsAlways: true })) {
    if (entry.skipReason !== null) continue
    const bytes = await renderDocument(doc, entry.request, { fontsDir: FONTS, lang: 'vi' })
    const file = join(dir, entry.fileName)
    writeFileSync(file, bytes)
    const words = pdfWords(file)
    rendered.set(entry.id, {
      entry,
      file,
      words,
      joined: words.map((word) => word.text).join(''),
      byEdge: joinByEdge(words)
    })
  }
  return rendered
}

function tokens(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .filter((token) => token !== '')
}

function expectAllPresent(doc: Rendered, texts: readonly string[]): void {
  for (const token of texts.flatMap(tokens))
    expect(
      doc.joined.includes(token) || doc.byEdge.includes(token),
      `"${token}" in ${doc.entry.fileName}`
    ).toBe(true)
}

const poppler = hasPoppler()

describe.skipIf(!poppler)('nothing is lost or printed off the page (issue 14, item 1)', () => {
  const national = withExtremeContent(buildNationalConference())
  const provincial = withExtremeContent(buildProvincialReview())
  let nationalDocs = new Map<string, Rendered>()
  let provincialDocs = new Map<string, Rendered>()

  beforeAll(async () => {
    nationalDocs = await renderAll('national', national)
    provincialDocs = await renderAll('provincial', provincial)
  }, 240_000)

  it('keeps every word of every document inside the margins', () => {
    let checked = 0
    for (const docs of [nationalDocs, provincialDocs])
      for (const doc of docs.values()) {
        const cards = doc.entry.request.kind === 'namecards'
        for (const word of doc.words) {
          const where = `${doc.entry.fileName} p.${word.page} "${word.text}"`
          checked++
          if (cards) {
            expect(word.xMin, where).toBeGreaterThanOrEqual(0)
            expect(word.xMax, where).toBeLessThanOrEqual(word.pageWidth)
            expect(word.yMin, where).toBeGreaterThanOrEqual(0)
            expect(word.yMax, where).toBeLessThanOrEqual(word.pageHeight)
            continue
          }
          if (word.yMax < MARGINS.top) {
            // Only the page number lives in the top margin.
            expect(word.text, where).toBe(String(word.page))
            continue
          }
          expect(word.xMin, where).toBeGreaterThanOrEqual(MARGINS.left - TOLERANCE)
          expect(word.xMax, where).toBeLessThanOrEqual(word.pageWidth - MARGINS.right + TOLERANCE)
          expect(word.yMin, where).toBeGreaterThanOrEqual(MARGINS.top - TOLERANCE)
          expect(word.yMax, where).toBeLessThanOrEqual(word.pageHeight - MARGINS.bottom + TOLERANCE)
        }
      }
    expect(checked).toBeGreaterThan(50_000)
  })

  it('prints the whole 90-venue introduction: every venue and every venue chair', () => {
    const script = nationalDocs.get('script')
    if (!script) throw new Error('no script')
    const chairs = national.delegates.filter((delegate) => delegate.role === 'chair')
    expect(chairs.length).toBe(90)
    expectAllPresent(
      script,
      chairs.map((chair) => chair.name)
    )
    expectAllPresent(
      script,
      national.venues.slice(1).map((venue) => venue.name.replace(/^Điểm cầu /u, ''))
    )
    // The first page holds the header and the start of the introduction, not two rows and white space.
    const firstPage = script.words.filter((word) => word.page === 1)
    expect(Math.max(...firstPage.map((word) => word.yMax))).toBeGreaterThan(
      firstPage[0] ? firstPage[0].pageHeight - MARGINS.bottom - 40 : 0
    )
    expect(pdfText(script.file)).toContain('(tiếp)')
  })

  it('prints every word of a 3,000-word outline section', () => {
    const outline = provincialDocs.get('outline:o1')
    if (!outline) throw new Error('no outline')
    const section = provincial.outlines[0]?.sections.find((candidate) => candidate.id === 's-long')
    const numbers = tokens(section?.text ?? '').filter((token) => /^\d+$/.test(token))
    expect(numbers.length).toBeGreaterThan(250)
    const printed = new Set(outline.words.map((word) => word.text))
    for (const number of numbers) expect(printed.has(number), number).toBe(true)
    expectAllPresent(outline, [section?.text ?? ''])
  })

  it('prints the 300-character unit and the 60-character word whole in lists, cards and awards', () => {
    for (const [docs, doc] of [
      [nationalDocs, national],
      [provincialDocs, provincial]
    ] as const) {
      const [first, second] = doc.delegates
      if (!first || !second) throw new Error('no delegates')
      for (const id of ['delegates', 'namecards']) {
        const rendered = docs.get(id)
        if (!rendered) throw new Error(id)
        expectAllPresent(rendered, [first.unit, second.position])
      }
      const awards = docs.get('awards')
      if (awards) expectAllPresent(awards, [doc.awards[0]?.achievement ?? ''])
    }
  })

  it('gives back all 1,143 names in the delegate list', () => {
    const list = nationalDocs.get('delegates')
    if (!list) throw new Error('no list')
    expect(national.delegates).toHaveLength(1143)
    expectAllPresent(
      list,
      national.delegates.map((delegate) => delegate.deputyName || delegate.name)
    )
  })
})
