import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { boardTable, renderBoardPdf } from '../../electron/collect/boardDocument'
import { applyCollected, recordTemplates } from '../../shared/collect/applyCollected'
import { planCollection } from '../../shared/collect/planCollection'
import { LIST_FIELDS } from '../../shared/collect/diffVenueList'
import { newDelegate } from '../../shared/model/defaults'
import { generateConference } from '../support/generateConference'
import { hasPoppler, pageSizes, pdfPages, renderPng } from './pdfReadBack'

const ROOT = resolve(__dirname, '../..')
const OUT = join(ROOT, 'artifacts/pdf')

function boardConference() {
  const base = generateConference(90 * 13, 90)
  const sent = recordTemplates(
    {
      ...base,
      documents: {
        ...base.documents,
        governingBody: 'UBND TỈNH HÀ TĨNH',
        issuingBody: 'VĂN PHÒNG UBND TỈNH',
        place: 'Hà Tĩnh',
        signerTitle: 'CHÁNH VĂN PHÒNG',
        signerName: 'Nguyễn Thị Thu Hường'
      }
    },
    base.venues.map((venue) => venue.id),
    '2023-12-10T02:00:00.000Z'
  )
  const reply = {
    key: 'k',
    fileName: 'mau-02-Điểm cầu.xlsx',
    modifiedAt: '2023-12-18T01:00:00.000Z',
    identity: { conferenceId: sent.id, venueId: sent.venues[1]?.id ?? '' },
    titleCells: [],
    records: [newDelegate('x', { name: 'Phạm Thị Ngọc Diệp', role: 'chair' })],
    presentFields: [...LIST_FIELDS],
    problems: [],
    error: null
  }
  return applyCollected(sent, planCollection(sent, [reply]).venues, '2023-12-18T03:00:00.000Z')
}

describe.skipIf(!hasPoppler())('Tổng hợp tình hình danh sách các điểm cầu (PDF)', () => {
  it('prints every venue under a Decree 30 header, landscape, with totals', async () => {
    const doc = boardConference()
    const bytes = await renderBoardPdf(doc, join(ROOT, 'resources/fonts'))
    mkdirSync(OUT, { recursive: true })
    const file = join(OUT, 'collection-board.pdf')
    writeFileSync(file, bytes)
    renderPng(file, join(OUT, 'collection-board'), 1)
    const pages = pdfPages(file)
    const text = pages.join('\n')
    expect(pageSizes(file)[0]?.width).toBeGreaterThan(pageSizes(file)[0]?.height ?? Infinity)
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('TỔNG HỢP TÌNH HÌNH DANH SÁCH CÁC ĐIỂM CẦU')
    expect(text).toContain('Điểm cầu Đồng Tháp 2')
    expect(text).toContain('mau-02-Điểm cầu.xlsx')
    expect(text).toMatch(/Tổng cộng: 90 điểm\s+cầu/)
    expect(text).toContain('Nguyễn Thị Thu Hường')
    // Every venue, the last one included, on some page.
    expect(text).toContain(doc.venues[89]?.name ?? '-')
    expect(pages.length).toBeGreaterThan(1)
  })

  it('exports the same rows to Excel', () => {
    const table = boardTable(boardConference())
    expect(table.rows).toHaveLength(90)
    expect(table.rows[1]?.slice(0, 5)).toEqual([
      '2',
      expect.stringContaining('Điểm cầu'),
      '10/12/2023 09:00',
      '18/12/2023 10:00',
      'mau-02-Điểm cầu.xlsx'
    ])
    expect(table.rows[1]?.[7]).toBe('Có')
  })
})
