import { describe, expect, it } from 'vitest'
import { newConferenceDocument, newDelegate, newVenue } from '../model/defaults'
import { conferenceDocumentSchema } from '../model/conference'
import { applyImport } from './applyImport'
import { convertRows, type ImportContext } from './convertRows'
import { suggestMapping } from './detectHeader'

const HEADER = ['STT', 'Tên điểm cầu', 'Địa điểm', 'Số đại biểu', 'Kỹ thuật', 'Điện thoại']

function conference() {
  const doc = newConferenceDocument(
    'hatinh2023',
    { title: 'Hội nghị tổng kết năm 2023' },
    new Date('2023-12-01')
  )
  return {
    ...doc,
    venues: [
      newVenue('v-tinh', { name: 'Hội trường UBND tỉnh', isMain: true, expectedCount: 60 }),
      newVenue('v-kyanh', { name: 'Điểm cầu huyện Kỳ Anh', notes: 'Phòng họp tầng 2' })
    ],
    delegates: [newDelegate('d-vinh', { name: 'Hồ Thị Vinh', venueId: 'v-kyanh' })]
  }
}

function importVenues(doc: ReturnType<typeof conference>, rows: string[][]) {
  let next = 0
  const context: ImportContext = {
    existingVenues: doc.venues.map(({ id, name }) => ({ id, name })),
    existingDelegates: doc.delegates.map(({ id, name, unit }) => ({ id, name, unit })),
    newId: () => `moi-${++next}`
  }
  const result = convertRows('venues', [HEADER, ...rows], 0, suggestMapping(HEADER, 'venues'), context)
  return { result, applied: applyImport(doc, result) }
}

describe('importing venues into a conference that has some', () => {
  it('updates a venue it already has, in place, and adds the new ones after', () => {
    const { result, applied } = importVenues(conference(), [
      ['1', 'Điểm cầu huyện Kỳ Anh', 'Hội trường Huyện ủy', '25', 'Lê Văn Hùng', '0912 345 678'],
      ['2', 'Điểm cầu thị xã Hồng Lĩnh', 'Trụ sở Thị ủy', '18', '', '']
    ])
    expect(result.problems).toEqual([])
    expect(applied.venues.map((venue) => venue.name)).toEqual([
      'Hội trường UBND tỉnh',
      'Điểm cầu huyện Kỳ Anh',
      'Điểm cầu thị xã Hồng Lĩnh'
    ])
    expect(applied.venues[1]).toMatchObject({
      id: 'v-kyanh',
      place: 'Hội trường Huyện ủy',
      expectedCount: 25,
      techContact: 'Lê Văn Hùng',
      techPhone: '0912 345 678',
      notes: 'Phòng họp tầng 2'
    })
    // Hồ Thị Vinh still sits at Kỳ Anh, and the file is still valid.
    expect(applied.delegates[0]?.venueId).toBe('v-kyanh')
    expect(conferenceDocumentSchema.safeParse(applied).success).toBe(true)
  })

  it('importing the same list twice leaves one of each venue', () => {
    const rows = [
      ['1', 'Hội trường UBND tỉnh', 'Số 3 Nguyễn Tất Thành', '60', '', ''],
      ['2', 'Điểm cầu thị xã Hồng Lĩnh', 'Trụ sở Thị ủy', '18', '', '']
    ]
    const once = importVenues(conference(), rows).applied
    const twice = importVenues(once, rows).applied
    expect(twice.venues).toEqual(once.venues)
    expect(twice.venues.filter((venue) => venue.isMain).map((venue) => venue.id)).toEqual(['v-tinh'])
  })

  it('names the earlier row when the file lists a venue twice, matching without accents or case', () => {
    const { result } = importVenues(conference(), [
      ['1', 'Điểm cầu thị xã Hồng Lĩnh', '', '', '', ''],
      ['2', 'ĐIỂM CẦU THỊ XÃ HỒNG LĨNH', '', '', '', '']
    ])
    expect(result.records).toHaveLength(1)
    expect(result.problems).toEqual([
      {
        row: 3,
        field: 'Tên điểm cầu',
        message: 'điểm cầu “ĐIỂM CẦU THỊ XÃ HỒNG LĨNH” đã có ở dòng 2 của tệp'
      }
    ])
  })

  it('gives the main-venue mark to the venue the file marks as main, new or already there', () => {
    const header = [...HEADER, 'Loại điểm cầu']
    const rows = (name: string) => [header, ['1', name, '', '', '', '', 'Điểm cầu chính']]
    const context = (doc: ReturnType<typeof conference>): ImportContext => ({
      existingVenues: doc.venues,
      existingDelegates: [],
      newId: () => 'v-bqp'
    })
    const apply = (name: string) => {
      const doc = conference()
      const result = convertRows('venues', rows(name), 0, suggestMapping(header, 'venues'), context(doc))
      return applyImport(doc, result)
        .venues.filter((venue) => venue.isMain)
        .map((venue) => venue.id)
    }
    expect(apply('Điểm cầu Bộ Quốc phòng')).toEqual(['v-bqp'])
    expect(apply('Điểm cầu huyện Kỳ Anh')).toEqual(['v-kyanh'])
  })
})
