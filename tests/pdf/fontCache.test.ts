import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { lineOps, lineWidthOps, rectOps, textOps } from '../../electron/documents/contentOps'
import { registerCachedFonts, type FontWrappers } from '../../electron/documents/fontCache'
import { loadFonts } from '../../electron/documents/fonts'
import { renderDocument } from '../../electron/documents/renderDocument'
import { buildHaTinhConference } from './conferenceFixtures'
import { hasPoppler, pdfText } from './pdfReadBack'

const ROOT = resolve(__dirname, '../..')
const FONTS = join(ROOT, 'resources/fonts')
const OUT = join(ROOT, 'artifacts/pdf/font-cache')

function newDocument(): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'A4',
    compress: false,
    info: { CreationDate: new Date(Date.UTC(2023, 11, 26)) }
  })
}

function cachedFonts(pdf: PDFKit.PDFDocument): FontWrappers {
  const fonts = registerCachedFonts(pdf, loadFonts(FONTS))
  // Null means pdfkit's internals changed: the engine still prints, but re-parses every font per document.
  if (!fonts)
    throw new Error(
      'registerCachedFonts: pdfkit internals are not as fontCache.ts expects (pdfkit upgraded?)'
    )
  return fonts
}

function finished(pdf: PDFKit.PDFDocument): Promise<string> {
  const chunks: Buffer[] = []
  return new Promise((done) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => done(Buffer.concat(chunks).toString('latin1')))
    pdf.end()
  })
}

/** The uncompressed page content: the stream that selects a font or draws a path. */
function pageContent(file: string): string {
  const streams = [...file.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((match) => match[1] ?? '')
  return streams.filter((stream) => / Tf\n| re\n/.test(stream)).join('\n---\n')
}

// Names and titles with every kind of Vietnamese mark. The documents draw NFC text (precomposed
// glyphs); the decomposed lines make the font position combining marks (GPOS), the path of
// contentOps.ts that writes a text matrix per mark, which must match pdfkit as well.
const LINES = [
  'Thượng tướng Nguyễn Tân Cương',
  'Đơn vị',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh',
  'Phạm Thị Thuỷ — Xã Hương Trạch',
  'Số:\u2002\u2002/KH-BCH',
  'Nguyễn Thị Ánh Tuyết'.normalize('NFD'),
  'x\u0303\u0301 ệ ễ ổ ữ ặ ẫ',
  // Again in the same face (odd lines are bold), elsewhere: drawn from the document's glyph memo.
  'Đơn vị'
]

describe('font cache (pdfkit internals it relies on)', () => {
  it('registers the four faces over one parsed font per face shared by every document', () => {
    const first = newDocument()
    const second = newDocument()
    const a = cachedFonts(first)
    const b = cachedFonts(second)
    for (const face of ['regular', 'italic', 'bold', 'boldItalic'] as const) {
      expect(b[face].font, face).toBe(a[face].font)
      expect(b[face], face).not.toBe(a[face])
      // Words shaped for one document are not shaped again for the next.
      const memo: unknown = Reflect.get(b[face], 'layoutCache')
      expect(typeof memo, face).toBe('object')
      expect(memo, face).toBe(Reflect.get(a[face], 'layoutCache'))
    }
    // Ids follow the document's own counter (pdfkit's default Helvetica is F1).
    expect([a.regular.id, a.bold.id, a.italic.id, a.boldItalic.id]).toEqual(['F2', 'F3', 'F4', 'F5'])
    // pdfkit must find the cached wrapper by name instead of opening the font again.
    first.font('bold')
    expect(Reflect.get(first, '_font')).toBe(a.bold)
  })

  it('extracts the same text from a document drawn after others filled the shared font caches', async () => {
    if (!hasPoppler()) return
    mkdirSync(OUT, { recursive: true })
    const doc = buildHaTinhConference()
    const options = { fontsDir: FONTS, lang: 'vi' as const }
    // Fresh process state is not available here; the agenda and awards embed composite glyphs
    // (ế, ộ …) whose components fontkit would cache without code points.
    for (const kind of ['agenda', 'awards', 'venues'] as const) await renderDocument(doc, { kind }, options)
    const file = join(OUT, 'delegates-after-others.pdf')
    writeFileSync(file, await renderDocument(doc, { kind: 'delegates' }, options))
    const text = pdfText(file).normalize('NFC')
    expect(text).toMatch(/STT\s+Họ và tên\s+Cấp bậc\s+Chức vụ\s+Đơn vị\s+Ký tên/)
    for (const delegate of doc.delegates) expect(text, delegate.name).toContain(delegate.name)
    for (const venue of doc.venues) expect(text, venue.name).toContain(venue.name)
  })
})

describe('content operators written in one go', () => {
  it('writes byte for byte what pdfkit text() writes, and leaves x and y where pdfkit does', async () => {
    const viaPdfkit = newDocument()
    const fast = newDocument()
    const slowFonts = cachedFonts(viaPdfkit)
    const fastFonts = cachedFonts(fast)
    const ends: [number, number][] = []
    LINES.forEach((line, index) => {
      const face = index % 2 === 0 ? 'regular' : 'bold'
      const size = 11 + index
      const x = 85.04 + index * 7.3
      const y = 100.5 + index * 31.7
      viaPdfkit.font(face).fontSize(size).text(line, x, y, { lineBreak: false })
      ends.push([viaPdfkit.x, viaPdfkit.y])
      const width = slowFonts[face].widthOfString(line, size)
      fast.addContent(textOps(fast, fastFonts[face], size, line, x, y, width))
      expect([fast.x, fast.y], line).toEqual(ends[index])
    })
    const expected = pageContent(await finished(viaPdfkit))
    // More text matrices than lines: the marks were positioned one by one.
    expect(expected.match(/ Tm\n/g)?.length ?? 0).toBeGreaterThan(LINES.length)
    expect(pageContent(await finished(fast))).toBe(expected)
  })

  it('writes the table grid as pdfkit lineWidth, rect, moveTo, lineTo and stroke do', async () => {
    const viaPdfkit = newDocument()
    const fast = newDocument()
    viaPdfkit
      .lineWidth(0.5)
      .rect(85.0394, 211.3, 467.7165, 19.0333)
      .moveTo(112.1, 211.3)
      .lineTo(112.1, 230.3333)
      .stroke()
    fast.addContent(
      [
        lineWidthOps(0.5),
        rectOps(85.0394, 211.3, 467.7165, 19.0333),
        lineOps(112.1, 211.3, 112.1, 230.3333),
        'S'
      ].join('\n')
    )
    expect(pageContent(await finished(fast))).toBe(pageContent(await finished(viaPdfkit)))
  })
})
