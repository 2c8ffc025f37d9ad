import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/runCli'
import { MM } from '../../electron/documents/units'
import type { ConferenceDocument } from '../../shared/model/conference'
import { hasPoppler, pdfText, pdfWords, type Word } from './pdfReadBack'
import { buildNationalConference, buildProvincialReview } from './signableFixtures'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'artifacts/pdf/signable-items')

async function render(name: string, doc: ConferenceDocument, docs: string) {
  const dir = join(OUT, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const file = join(OUT, `${name}.hoinghi.json`)
  writeFileSync(file, JSON.stringify(doc))
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(['render', file, '--out', dir, '--docs', docs], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: ROOT,
    env: {}
  })
  return { dir, code, out, err }
}

/** Words on the same printed line, left to right. */
function lineOf(words: readonly Word[], word: Word): Word[] {
  return words
    .filter((other) => other.page === word.page && Math.abs(other.yMin - word.yMin) < 2)
    .sort((a, b) => a.xMin - b.xMin)
}

const flat = (file: string) => pdfText(file, { layout: false }).replace(/\s+/g, ' ')

describe.skipIf(!hasPoppler())('issue 14, items 2–9, read back from the PDFs', () => {
  const national = buildNationalConference()
  const provincial = buildProvincialReview()
  let nat = ''
  let prov = ''
  beforeAll(async () => {
    const a = await render(
      'national',
      national,
      'agenda,delegates,venue-sheets,venues,awards,ceremony,namecards'
    )
    const b = await render('provincial', provincial, 'agenda,delegates,awards,ceremony,namecards,script')
    expect(a.err).toEqual([])
    expect(b.err).toEqual([])
    nat = a.dir
    prov = b.dir
  }, 240_000)

  it('3. breaks the issuer at a whole place name, keeps a gap to the motto column, prints the issuer’s own code', () => {
    const text = pdfText(join(prov, 'agenda.pdf'))
    expect(text).toMatch(/^\s*ỦY BAN NHÂN DÂN\s+CỘNG HÒA/mu)
    expect(text).toMatch(/^\s*TỈNH HÀ TĨNH\s+Độc lập/mu)
    expect(text).toMatch(/Số:\s+\/CTr-UBND/u)
    expect(pdfText(join(nat, 'agenda.pdf'))).toMatch(/Số:\s+\/CTr-BQP/u)
    expect(pdfText(join(nat, 'delegates.pdf'))).toMatch(/Số:\s+\/DS-BQP/u)
    const words = pdfWords(join(prov, 'agenda.pdf')).filter((word) => word.page === 1)
    const title = words.find((word) => word.text === 'CỘNG')
    if (!title) throw new Error('no national title')
    const leftEdge = Math.max(
      ...words
        .filter((word) => word.yMax < title.yMin + 40 && word.xMax < title.xMin)
        .map((word) => word.xMax)
    )
    expect(title.xMin - leftEdge).toBeGreaterThanOrEqual(4 * MM)
  })

  it('4. dates the documents at the conference’s place when the settings have none', () => {
    expect(flat(join(nat, 'agenda.pdf'))).toContain('Hà Nội, ngày 09 tháng 01 năm 2025')
    expect(flat(join(prov, 'agenda.pdf'))).toContain('Hà Tĩnh, ngày 26 tháng 12 năm 2023')
  })

  it('5. sizes columns from content: four-digit numbers and ranks on one line, legal references whole, no label twice', () => {
    const words = pdfWords(join(nat, 'delegates.pdf'))
    const printed = new Set(words.map((word) => word.text))
    for (let number = 1000; number <= 1143; number++)
      expect(printed.has(String(number)), String(number)).toBe(true)
    for (const word of words.filter((candidate) => candidate.text === 'tướng')) {
      const line = lineOf(words, word)
      const before = line[line.indexOf(word) - 1]
      expect(['Thượng', 'Trung', 'Thiếu', 'Đại']).toContain(before?.text)
    }
    const sheet = pdfWords(join(nat, 'venues', '43-diem-cau-nghe-an.pdf')).map((word) => word.text)
    expect(sheet).toContain('03/2019/NĐ-CP')
    const all = [
      flat(join(nat, 'delegates.pdf')),
      flat(join(nat, 'venues', '43-diem-cau-nghe-an.pdf')),
      flat(join(prov, 'delegates.pdf'))
    ].join(' ')
    expect(all).not.toMatch(/Điểm cầu: Điểm cầu/iu)
    expect(all).not.toMatch(/điểm cầu Điểm cầu/iu)
    expect(flat(join(nat, 'delegates.pdf'))).toContain('Điểm cầu Bộ Quốc phòng (điểm cầu chính)')
    // One hall: no venue grouping at all.
    expect(flat(join(prov, 'delegates.pdf'))).not.toContain('Điểm cầu')
  })

  it('6. names each venue’s chair and totals named, confirmed and expected', () => {
    const text = flat(join(nat, 'venues.pdf'))
    // A chair's name may wrap inside its cell: look for each of its words on the roster.
    const printed = new Set(pdfWords(join(nat, 'venues.pdf')).map((word) => word.text.replace(/,$/u, '')))
    const chairs = national.delegates.filter((candidate) => candidate.role === 'chair')
    expect(chairs).toHaveLength(90)
    for (const delegate of chairs)
      for (const part of delegate.name.split(' ')) expect(printed.has(part), delegate.name).toBe(true)
    expect(text.match(/Phó Chủ tịch UBND tỉnh/gu)?.length).toBeGreaterThanOrEqual(63)
    const named = national.delegates.length
    const confirmed = national.delegates.filter((delegate) => delegate.attendance === 'confirmed').length
    expect(named).toBe(1143)
    const dotted = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
    expect(pdfText(join(nat, 'venues.pdf'))).toMatch(
      new RegExp(
        `Tổng cộng: 90 điểm cầu\\s+${dotted(named).replace('.', '\\.')}\\s+${dotted(confirmed)}\\s+1\\.737`,
        'u'
      )
    )
  })

  it('7. heads award groups as an office writes them, decision once, (tiếp) on continued groups, signature with rows', () => {
    const text = flat(join(nat, 'awards.pdf'))
    expect(text).toContain(
      'I. Bằng khen của Bộ trưởng Bộ Quốc phòng (Quyết định số 1234/QĐ-BQP ngày 20/12/2024)'
    )
    expect(text).toContain('Bằng khen của Bộ trưởng Bộ Công an')
    expect(text).not.toContain('Quyết định số Quyết định số')
    expect(text).not.toContain('THỨ TỰ TRAO THƯỞNG')
    expect(flat(join(nat, 'ceremony.pdf'))).toContain('THỨ TỰ TRAO THƯỞNG')
    const provincialAwards = pdfText(join(prov, 'awards.pdf'))
    expect(provincialAwards).toContain('(tiếp)')
    expect(flat(join(prov, 'awards.pdf'))).toContain('Giấy khen của Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh')
    const words = pdfWords(join(prov, 'awards.pdf'))
    const signature = words.find((word) => word.text === 'Nơi')
    if (!signature) throw new Error('no signature')
    const rowsThere = words.filter(
      (word) =>
        word.page === signature.page &&
        /^\d+$/.test(word.text) &&
        word.yMin > 60 &&
        word.yMax < signature.yMin
    )
    expect(rowsThere.length).toBeGreaterThan(0)
  })

  it('7. writes no award list for a conference without awards, and says so', async () => {
    const none = await render('no-awards', { ...provincial, awards: [] }, 'agenda,awards,ceremony')
    expect(none.code).toBe(0)
    expect(none.err).toEqual([
      'bỏ qua awards.pdf: chưa có khen thưởng',
      'bỏ qua ceremony.pdf: chưa có khen thưởng'
    ])
    expect(none.out.map((path) => path.slice(none.dir.length + 1))).toEqual(['agenda.pdf'])
  })

  it('8. offers no half-English script: with --lang en it is left out, said in Vietnamese', async () => {
    const english = await render('english', provincial, 'agenda,script')
    expect(english.err).toEqual([])
    const file = join(OUT, 'english.hoinghi.json')
    const err: string[] = []
    const code = await runCli(
      ['render', file, '--out', join(OUT, 'english-out'), '--docs', 'script', '--lang', 'en'],
      {
        out: () => undefined,
        err: (line) => err.push(line),
        cwd: ROOT,
        env: {}
      }
    )
    expect(code).toBe(0)
    expect(err).toEqual(['bỏ qua script.pdf: kịch bản điều hành chỉ có bằng tiếng Việt'])
  })

  it('9. name cards: a post unambiguous among provinces, an optional unit line, the deputy who comes', async () => {
    const cards = flat(join(nat, 'namecards.pdf'))
    expect(cards).toContain('Phó Chủ tịch UBND tỉnh Nghệ An')
    expect(cards).toContain('Phó Chủ tịch UBND tỉnh Hà Tĩnh')
    const provincialCards = pdfText(join(prov, 'namecards.pdf'))
    expect(provincialCards).toContain('Trần Hồng Quảng')
    expect(provincialCards).not.toContain('Nguyễn Hồng Phong')
    const withLine = await render(
      'unit-line',
      { ...provincial, documents: { ...provincial.documents, nameCardUnitLine: true } },
      'namecards'
    )
    const lines = pdfText(join(withLine.dir, 'namecards.pdf'), { first: 2, last: 2 })
    expect(lines).toMatch(/Chỉ huy trưởng\s*\n\s*Bộ CHQS tỉnh Hà Tĩnh/u)
  })

  it('one deputy rule: the list, the cards and the script all name the deputy in the delegate’s seat', () => {
    expect(flat(join(prov, 'delegates.pdf'))).toContain('Trần Hồng Quảng (thay Nguyễn Hồng Phong)')
    const script = flat(join(prov, 'script.pdf'))
    expect(script).toContain('Trần Hồng Quảng')
    expect(script).not.toContain('Đại tá Trần Hồng Quảng')
  })
})
