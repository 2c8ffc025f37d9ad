import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocumentFiles } from '../../electron/documents/renderDocument'
import { MARGINS } from '../../electron/documents/units'
import { listDocuments } from '../../shared/documents/documentCatalog'
import type { ConferenceDocument } from '../../shared/model/conference'
import { hasPoppler, pdfPages, pdfWords, renderPng } from '../pdf/pdfReadBack'
import { buildNationalConference, buildProvincialReview } from '../pdf/signableFixtures'
import { documentText, readDocx } from './readDocx'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'artifacts/word')
const FONTS = join(ROOT, 'resources/fonts')

function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 })
    return true
  } catch {
    return false
  }
}

interface Pair {
  name: string
  pdf: string
  docx: string
  /** Words of the Word file in order. */
  wordWords: string[]
  pdfWords: string[]
  /** The PDF's words of a cell edge run together: a long code the engine cut across lines reads whole. */
  pdfJoined: string
  /** Column headers and group headings, repeated by the PDF on every page they continue on. */
  headerWords: Set<string>
  /** Name cards print each card twice (both halves of the tent). */
  copies: number
}

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((word) => word !== '')
}

function bag(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

async function renderBoth(name: string, doc: ConferenceDocument): Promise<Pair[]> {
  const dir = join(OUT, name)
  rmSync(dir, { recursive: true, force: true })
  const pairs: Pair[] = []
  for (const entry of listDocuments(doc, 'vi')) {
    if (entry.skipReason !== null) continue
    const files = await renderDocumentFiles(doc, entry.request, {
      fontsDir: FONTS,
      lang: 'vi',
      formats: ['pdf', 'docx']
    })
    const pdf = join(dir, entry.fileName)
    const docx = pdf.replace(/\.pdf$/, '.docx')
    mkdirSync(dirname(pdf), { recursive: true })
    if (!files.pdf || !files.docx) throw new Error(`${entry.fileName}: a format is missing`)
    writeFileSync(pdf, files.pdf)
    writeFileSync(docx, files.docx)
    const { document } = await readDocx(files.docx)
    // Header rows and group headings (one cell across the table): the PDF repeats both on each
    // new page, the group heading with "(tiếp)".
    const repeated = [...document.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
      .map((match) => match[0])
      .filter((row) => row.includes('<w:tblHeader/>') || row.includes('<w:gridSpan '))
      .map(documentText)
      .join(' ')
    const read = pdfWords(pdf)
    pairs.push({
      name: entry.fileName,
      pdf,
      docx,
      wordWords: words(documentText(document)),
      pdfWords: read.map((word) => word.text.normalize('NFC')),
      pdfJoined: read.map((word) => word.text.normalize('NFC')).join(''),
      headerWords: new Set(words(repeated)),
      copies: entry.request.kind === 'namecards' ? 2 : 1
    })
  }
  return pairs
}

const cases: Array<[string, () => ConferenceDocument]> = [
  ['provincial', buildProvincialReview],
  ['national', buildNationalConference]
]

describe.skipIf(!hasPoppler())('every document as Word holds what the PDF holds', () => {
  const rendered = new Map<string, Pair[]>()
  beforeAll(async () => {
    for (const [name, build] of cases) rendered.set(name, await renderBoth(name, build()))
  }, 300_000)

  it.each(cases)(
    '%s: every word of the Word file is in the PDF, and the PDF adds only page furniture',
    (name) => {
      const pairs = rendered.get(name) ?? []
      expect(pairs.length).toBeGreaterThan(5)
      for (const pair of pairs) {
        const inPdf = bag(pair.pdfWords)
        for (const [word, count] of bag(pair.wordWords)) {
          const found = inPdf.get(word) ?? 0
          if (found >= count * pair.copies) continue
          // A word the PDF engine had to cut across lines of a narrow cell reads back in pieces.
          expect(pair.pdfJoined.includes(word), `"${word}" ×${count} of ${pair.name}.docx in the PDF`).toBe(
            true
          )
        }
        const inWord = bag(pair.wordWords)
        for (const [word, count] of inPdf) {
          const expected = (inWord.get(word) ?? 0) * pair.copies
          if (count <= expected) continue
          const furniture =
            /^\d+$/.test(word) || // page numbers
            /^\(?(tiếp|cont\.?)\)?$/u.test(word) ||
            pair.headerWords.has(word)
          // Pieces of a word the engine cut are not extra words either.
          const piece = pair.wordWords.some((whole) => whole !== word && whole.includes(word))
          expect(furniture || piece, `"${word}" only in ${pair.name}`).toBe(true)
        }
      }
    }
  )
})

describe.skipIf(!hasPoppler() || !hasLibreOffice())('Word files as LibreOffice prints them', () => {
  it('match the PDFs in page count (±1) and keep every word inside the margins', async () => {
    const pairs = await renderBoth('libreoffice', buildProvincialReview())
    const outDir = join(OUT, 'libreoffice-pdf')
    rmSync(outDir, { recursive: true, force: true })
    mkdirSync(outDir, { recursive: true })
    // One LibreOffice start for every file: starting it costs seconds, converting a file does not.
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(OUT, 'lo-profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...pairs.map((pair) => pair.docx)
      ],
      { stdio: 'ignore', timeout: 240_000 }
    )
    const converted = new Set(readdirSync(outDir))
    for (const pair of pairs) {
      const base =
        pair.docx
          .split('/')
          .at(-1)
          ?.replace(/\.docx$/, '.pdf') ?? ''
      expect(converted.has(base), `${base} converted`).toBe(true)
      const office = join(outDir, base)
      const ours = pdfPages(pair.pdf).length
      const theirs = pdfPages(office).length
      expect(
        Math.abs(ours - theirs),
        `${pair.name}: ${ours} pages ours, ${theirs} LibreOffice`
      ).toBeLessThanOrEqual(1)
      for (const word of pdfWords(office)) {
        const fullSheet = pair.name === 'namecards.pdf'
        const left = fullSheet ? 0 : MARGINS.left - 2
        const right = word.pageWidth - (fullSheet ? 0 : MARGINS.right - 2)
        expect(word.xMin, `${word.text} on page ${word.page} of ${base}`).toBeGreaterThanOrEqual(left)
        expect(word.xMax, `${word.text} on page ${word.page} of ${base}`).toBeLessThanOrEqual(right)
      }
      renderPng(office, join(outDir, base.replace(/\.pdf$/, '')), 2)
    }
  }, 300_000)
})
