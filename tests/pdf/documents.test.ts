import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/runCli'
import { renderDocument } from '../../electron/documents/renderDocument'
import { MARGINS } from '../../electron/documents/units'
import { buildRunningScript } from '../../shared/documents/buildRunningScript'
import type { ConferenceDocument } from '../../shared/model/conference'
import { buildHaTinhConference, buildLongConference } from './conferenceFixtures'
import { hasPoppler, pageSizes, pdfFonts, pdfPages, pdfText, pdfWords, renderPng } from './pdfReadBack'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'artifacts/pdf')
const FONTS = join(ROOT, 'resources/fonts')
const poppler = hasPoppler()
if (!poppler)
  console.warn(
    'tests/pdf: poppler-utils (pdftotext, pdffonts, pdftoppm) not found — install with apt-get install poppler-utils; PDF read-back tests skipped'
  )

async function cli(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: ROOT,
    env: {}
  })
  return { code, out, err }
}

function saveConference(name: string, doc: ConferenceDocument): string {
  mkdirSync(OUT, { recursive: true })
  const file = join(OUT, `${name}.hoinghi.json`)
  writeFileSync(file, JSON.stringify(doc))
  return file
}

describe.skipIf(!poppler)('printed documents read back from the PDF', () => {
  const haTinh = buildHaTinhConference()
  const long = buildLongConference(320, 10)
  const dir = join(OUT, 'ha-tinh')
  const longDir = join(OUT, 'long')
  let written: string[] = []

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(longDir, { recursive: true, force: true })
    const result = await cli(['render', saveConference('ha-tinh', haTinh), '--out', dir])
    expect(result.err).toEqual([])
    expect(result.code).toBe(0)
    written = result.out
    const longResult = await cli([
      'render',
      saveConference('long', long),
      '--out',
      longDir,
      '--docs',
      'delegates,venue-sheets,venues'
    ])
    expect(longResult.code).toBe(0)
    for (const file of [...written, join(longDir, 'delegates.pdf')]) {
      renderPng(file, join(file.replace(/\.pdf$/, '')), 3)
    }
  })

  it('writes every document with the CLI file names, one path per line', () => {
    const names = written.map((file) => file.slice(dir.length + 1))
    expect(names).toEqual([
      'agenda.pdf',
      'delegates.pdf',
      'venues/01-hoi-truong-ubnd-tinh.pdf',
      'venues/02-huyen-ky-anh.pdf',
      'venues/03-huyen-huong-khe.pdf',
      'venues/04-nghe-an.pdf',
      'venues.pdf',
      'outline-01.pdf',
      'awards.pdf',
      'ceremony.pdf',
      'script.pdf',
      'namecards.pdf'
    ])
    for (const file of written) expect(existsSync(file)).toBe(true)
  })

  it('gives back every delegate name and venue heading exactly, in NFC, in venue order', () => {
    const text = pdfText(join(dir, 'delegates.pdf'))
    expect(text).toBe(text.normalize('NFC'))
    for (const delegate of haTinh.delegates) expect(text).toContain(delegate.name)
    const headings = haTinh.venues.map((venue) => text.indexOf(`Điểm cầu ${venue.name}`))
    expect(headings.every((index) => index >= 0)).toBe(true)
    expect([...headings].sort((a, b) => a - b)).toEqual(headings)
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(text).toContain('Hà Tĩnh, ngày 26 tháng 12 năm 2023')
  })

  it('puts each venue’s own delegates on its sheet and no one else', () => {
    const text = pdfText(join(dir, 'venues/02-huyen-ky-anh.pdf'))
    const kyAnh = haTinh.delegates.filter((delegate) => delegate.venueId === 'v-ky-anh')
    expect(kyAnh.length).toBeGreaterThan(0)
    for (const delegate of kyAnh) expect(text).toContain(delegate.name)
    expect(text).not.toContain('Võ Trọng Hải')
  })

  it('lists every award with its form, authority and decision number, and the stage order', () => {
    const text = pdfText(join(dir, 'awards.pdf'), { layout: false }).replace(/\s+/g, ' ')
    for (const award of haTinh.awards) expect(text).toContain(award.recipient)
    expect(text).toContain('Cờ thi đua xuất sắc của Quân khu 4')
    expect(text).toContain('Quyết định số 3456/QĐ-UBND')
    // The stage order is its own document (issue 14).
    expect(text).not.toContain('THỨ TỰ TRAO THƯỞNG')
    const stage = pdfText(join(dir, 'ceremony.pdf'), { layout: false })
    expect(stage).toContain('THỨ TỰ TRAO THƯỞNG')
    expect(stage).toContain('Đợt 1')
  })

  it('prints the outline with numbered sections and its key figures', () => {
    const text = pdfText(join(dir, 'outline-01.pdf'), { layout: false }).replace(/\s+/g, ' ')
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN')
    expect(text).toContain('200 vụ/226 đối tượng')
    expect(text).toContain('20.629 cuộc tuần tra')
  })

  it('prints the MC script with introductions by unit and the venue hand-over', () => {
    const text = pdfText(join(dir, 'script.pdf'), { layout: false }).replace(/\s+/g, ' ')
    expect(text).toContain('Tại điểm cầu Nghệ An có đồng chí Đại tá Ngô Nam Cường, Phó Tư lệnh Quân khu 4')
    expect(text).toContain('từ điểm cầu Nghệ An')
    expect(text).toContain('3456/QĐ-UBND')
    expect(text).toContain('tôi xin công bố Quyết định số')
  })

  it('uses A4 everywhere (landscape for wide tables and name cards)', () => {
    for (const file of written) {
      for (const size of pageSizes(file)) {
        const portrait = Math.abs(size.width - 595.28) < 0.5 && Math.abs(size.height - 841.89) < 0.5
        const landscape = Math.abs(size.width - 841.89) < 0.5 && Math.abs(size.height - 595.28) < 0.5
        expect(portrait || landscape, `${file} page ${size.page}: ${size.width}×${size.height}`).toBe(true)
      }
    }
  })

  it('embeds subsets of Tinos and no other font', () => {
    for (const file of written) {
      const fonts = pdfFonts(file)
      expect(fonts.length).toBeGreaterThan(0)
      for (const font of fonts) {
        expect(font.name).toMatch(/^[A-Z]{6}\+Tinos-/)
        expect(font.embedded && font.subset).toBe(true)
      }
    }
  })

  it('repeats the header row on every page of a long list, numbers pages from 2, keeps text inside the margins', () => {
    const file = join(longDir, 'delegates.pdf')
    const pages = pdfPages(file)
    expect(pages.length).toBeGreaterThan(8)
    pages.forEach((page, index) =>
      expect(page, `page ${index + 1}`).toMatch(/STT\s+Họ và tên\s+Cấp bậc\s+Chức vụ\s+Đơn vị\s+Ký tên/)
    )
    for (const delegate of long.delegates) expect(pages.join('\n')).toContain(delegate.name)
    const words = pdfWords(file)
    const tolerance = 1.5
    for (const word of words) {
      const inTopMargin = word.yMax <= MARGINS.top + tolerance
      if (inTopMargin) {
        // Only the page number lives there, and only from page 2.
        expect(word.page, `"${word.text}" in the top margin`).toBeGreaterThan(1)
        expect(word.text).toBe(String(word.page))
        continue
      }
      const where = `"${word.text}" on page ${word.page}`
      expect(word.xMin, where).toBeGreaterThanOrEqual(MARGINS.left - tolerance)
      expect(word.xMax, where).toBeLessThanOrEqual(word.pageWidth - MARGINS.right + tolerance)
      expect(word.yMin, where).toBeGreaterThanOrEqual(MARGINS.top - tolerance)
      expect(word.yMax, where).toBeLessThanOrEqual(word.pageHeight - MARGINS.bottom + tolerance)
    }
    const numbered = new Set(words.filter((word) => word.yMax <= MARGINS.top).map((word) => word.page))
    expect(numbered.size).toBe(pages.length - 1)
  })

  it('never splits a row: each delegate’s whole row (name to unit) sits on one page', () => {
    const pages = pdfPages(join(longDir, 'delegates.pdf'))
    for (const delegate of long.delegates.slice(0, 120)) {
      const page = pages.find((text) => text.includes(delegate.name))
      expect(page, delegate.name).toBeDefined()
    }
    // A venue heading never ends a page: the line after it on the same page is a numbered row.
    for (const page of pages) {
      const lines = page.split('\n').filter((line) => line.trim() !== '')
      const last = lines.at(-1) ?? ''
      expect(last).not.toMatch(/^\s*Điểm cầu:/)
    }
  })

  it('writes one venue sheet per venue for the long list, numbered in venue order', () => {
    const files = readdirSync(join(longDir, 'venues')).sort()
    expect(files).toHaveLength(10)
    expect(files[0]).toBe('01-hoi-truong-bo-quoc-phong.pdf')
    expect(files[9]).toMatch(/^10-/)
  })

  it('in one file, starts each venue’s sheet on a new page; the CLI still writes the per-venue files', async () => {
    const oneFile = buildHaTinhConference()
    oneFile.documents = { ...oneFile.documents, venueSheets: 'one-file' }
    const out = join(OUT, 'one-file')
    rmSync(out, { recursive: true, force: true })
    const result = await cli([
      'render',
      saveConference('one-file', oneFile),
      '--out',
      out,
      '--docs',
      'venue-sheets'
    ])
    expect(result.code).toBe(0)
    expect(result.out.map((path) => path.slice(out.length + 1))).toEqual([
      'venue-sheets.pdf',
      ...readdirSync(join(out, 'venues'))
        .sort()
        .map((name) => `venues/${name}`)
    ])
    expect(readdirSync(join(out, 'venues'))).toHaveLength(oneFile.venues.length)

    const pages = pdfPages(join(out, 'venue-sheets.pdf'))
    const venueOfPage = pages.map((page) =>
      oneFile.venues.filter((venue) =>
        oneFile.delegates.some((delegate) => delegate.venueId === venue.id && page.includes(delegate.name))
      )
    )
    // No page mixes two venues' people, and every venue with people has a page of its own.
    expect(venueOfPage.every((venues) => venues.length <= 1)).toBe(true)
    const withPeople = oneFile.venues.filter((venue) => oneFile.delegates.some((d) => d.venueId === venue.id))
    expect(new Set(venueOfPage.flat().map((venue) => venue.id))).toEqual(new Set(withPeople.map((v) => v.id)))
    renderPng(join(out, 'venue-sheets.pdf'), join(out, 'venue-sheets'), 3)
  })

  it('prints fixed labels in English when asked, keeping the clerk’s Vietnamese text', async () => {
    const bytes = await renderDocument(haTinh, { kind: 'agenda' }, { fontsDir: FONTS, lang: 'en' })
    const file = join(OUT, 'agenda-en.pdf')
    writeFileSync(file, bytes)
    const text = pdfText(file)
    expect(text).toContain('SOCIALIST REPUBLIC OF VIET NAM')
    expect(text).toContain('PROGRAMME')
    expect(text).toContain('Đón tiếp đại biểu')
  })

  it('prints the agenda number padded to two digits, or a blank for the văn thư when there is none', async () => {
    const numbered = buildHaTinhConference()
    numbered.documents = { ...numbered.documents, agendaNumber: '2' }
    const file = join(OUT, 'agenda-numbered.pdf')
    writeFileSync(file, await renderDocument(numbered, { kind: 'agenda' }, { fontsDir: FONTS, lang: 'vi' }))
    expect(pdfText(file)).toMatch(/Số: 02\/CTr-BCH/)

    const blank = pdfText(join(dir, 'agenda.pdf'))
    expect(blank).toMatch(/Số:\s+\/CTr-BCH/)
    expect(blank).not.toMatch(/Số:\s*\d/)
  })

  it('renders decomposed input as the same NFC text', async () => {
    const doc = buildHaTinhConference()
    doc.delegates = doc.delegates.map((delegate) => ({ ...delegate, name: delegate.name.normalize('NFD') }))
    const file = join(OUT, 'nfd-delegates.pdf')
    writeFileSync(file, await renderDocument(doc, { kind: 'delegates' }, { fontsDir: FONTS, lang: 'vi' }))
    const text = pdfText(file)
    expect(text).toContain('Nguyễn Xuân Thắng')
    expect(text).toContain('Ưng Văn Tỏ')
  })
})

describe('render command refuses bad input without writing', () => {
  it('exits 1 on an invalid conference file and writes nothing', async () => {
    mkdirSync(OUT, { recursive: true })
    const bad = join(OUT, 'bad.hoinghi.json')
    writeFileSync(bad, JSON.stringify({ format: 'hoinghi.conference', schemaVersion: 2, delegates: 'x' }))
    const target = join(OUT, 'bad-out')
    rmSync(target, { recursive: true, force: true })
    const result = await cli(['render', bad, '--out', target])
    expect(result.code).toBe(1)
    expect(result.err).toHaveLength(1)
    expect(existsSync(target)).toBe(false)
  })

  it('exits 2 on an unknown document name or a missing --out', async () => {
    const file = saveConference('usage', buildHaTinhConference())
    expect((await cli(['render', file, '--out', join(OUT, 'x'), '--docs', 'agenda,menu'])).code).toBe(2)
    expect((await cli(['render', file])).code).toBe(2)
  })
})

describe('the MC running script', () => {
  it('keeps the clerk’s edit for a passage and marks it edited', () => {
    const doc = buildHaTinhConference()
    const generated = buildRunningScript(doc, 'vi')
    const target = generated.find((passage) => passage.id === 'agenda:a5')
    expect(target?.words).toContain('Xin trân trọng kính mời đồng chí Đại tá Ngô Nam Cường')
    doc.documents.scriptEdits = {
      'agenda:a5': 'Xin mời đồng chí Phó Tư lệnh Quân khu 4 phát biểu chỉ đạo hội nghị.'
    }
    const edited = buildRunningScript(doc, 'vi')
    expect(edited.map((passage) => passage.id)).toEqual(generated.map((passage) => passage.id))
    expect(edited.find((passage) => passage.id === 'agenda:a5')).toMatchObject({
      words: 'Xin mời đồng chí Phó Tư lệnh Quân khu 4 phát biểu chỉ đạo hội nghị.',
      edited: true
    })
    expect(edited.filter((passage) => passage.edited)).toHaveLength(1)
  })

  it('introduces each named delegate once, grouped by unit, abbreviations spoken in full', () => {
    const intro =
      buildRunningScript(buildHaTinhConference(), 'vi').find((passage) => passage.id === 'agenda:a2')
        ?.words ?? ''
    for (const name of [
      'Võ Trọng Hải',
      'Nguyễn Xuân Thắng',
      'Bùi Hồng Thanh',
      'Phạm Thanh Phương',
      'Ngô Nam Cường'
    ])
      expect(intro.split(name).length - 1, name).toBe(1)
    expect(intro).toContain(
      'Về phía Ủy ban nhân dân tỉnh Hà Tĩnh có đồng chí Võ Trọng Hải, Chủ tịch Ủy ban nhân dân tỉnh'
    )
  })
})
