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

  // Two communes of Hà Tĩnh province: folding away every mark would make them one.
  it('keeps venues whose names differ only in a tone mark apart', () => {
    const doc = {
      ...conference(),
      venues: [...conference().venues, newVenue('v-ha', { name: 'Xã Thạch Hà' })]
    }
    const { result, applied } = importVenues(doc, [
      ['1', 'Xã Thạch Hạ', 'Nhà văn hóa xã', '12', '', ''],
      ['2', 'Xã Thạch Hà', 'Hội trường xã', '15', '', '']
    ])
    expect(result.problems).toEqual([])
    expect(applied.venues.filter((venue) => venue.name.startsWith('Xã Thạch'))).toEqual([
      expect.objectContaining({ id: 'v-ha', name: 'Xã Thạch Hà', place: 'Hội trường xã', expectedCount: 15 }),
      expect.objectContaining({
        id: 'moi-1',
        name: 'Xã Thạch Hạ',
        place: 'Nhà văn hóa xã',
        expectedCount: 12
      })
    ])
  })

  it('matches a name typed without its marks to the one venue it spells, and asks when it spells two', () => {
    const one = importVenues(conference(), [
      ['1', 'diem cau huyen Ky Anh', 'Hội trường Huyện ủy', '', '', '']
    ])
    expect(one.result.problems).toEqual([])
    expect(one.applied.venues.map((venue) => venue.id)).toEqual(['v-tinh', 'v-kyanh'])
    const doc = {
      ...conference(),
      venues: [newVenue('v-ha', { name: 'Xã Thạch Hà' }), newVenue('v-ha2', { name: 'Xã Thạch Hạ' })]
    }
    const two = importVenues(doc, [['1', 'Xa Thach Ha', '', '', '', '']])
    expect(two.result.records).toEqual([])
    expect(two.result.problems).toEqual([
      {
        row: 2,
        field: 'Tên điểm cầu',
        message: '“Xa Thach Ha” có thể là “Xã Thạch Hà” hoặc “Xã Thạch Hạ”; hãy gõ tên có đủ dấu'
      }
    ])
  })

  it('never lets two marked names update one venue typed without marks', () => {
    const doc = { ...conference(), venues: [newVenue('v-cu', { name: 'Xa Thach Ha', expectedCount: 9 })] }
    const { result, applied } = importVenues(doc, [
      ['1', 'Xã Thạch Hạ', '', '12', '', ''],
      ['2', 'Xã Thạch Hà', '', '15', '', '']
    ])
    expect(result.problems).toEqual([])
    expect(applied.venues.map((venue) => [venue.name, venue.expectedCount])).toEqual([
      ['Xa Thach Ha', 9],
      ['Xã Thạch Hạ', 12],
      ['Xã Thạch Hà', 15]
    ])
  })

  it('reports a repeat in the file whichever row has the marks', () => {
    const { result } = importVenues(conference(), [
      ['1', 'Xa Hoa Binh', '', '', '', ''],
      ['2', 'Xã Hòa Bình', '', '', '', ''],
      ['3', 'Xã Hoà Bình', '', '', '', '']
    ])
    expect(result.records).toHaveLength(1)
    expect(result.problems.map((problem) => [problem.row, problem.message])).toEqual([
      [3, 'điểm cầu “Xã Hòa Bình” đã có ở dòng 2 của tệp'],
      [4, 'điểm cầu “Xã Hoà Bình” đã có ở dòng 2 của tệp']
    ])
  })

  it('leaves the main mark where it is when a venue already there has a name that only sounds main', () => {
    const doc = {
      ...conference(),
      venues: [...conference().venues, newVenue('v-ct', { name: 'Trung tâm Chính trị huyện Can Lộc' })]
    }
    const { applied } = importVenues(doc, [
      ['1', 'Trung tâm Chính trị huyện Can Lộc', 'Thị trấn Nghèn', '30', '', '']
    ])
    expect(applied.venues.filter((venue) => venue.isMain).map((venue) => venue.id)).toEqual(['v-tinh'])
    expect(applied.venues.find((venue) => venue.id === 'v-ct')).toMatchObject({ place: 'Thị trấn Nghèn' })
  })
})

describe('placing delegates at venues named in their file', () => {
  const header = ['STT', 'Họ và tên', 'Chức vụ', 'Điểm cầu']
  function importDelegates(venues: { id: string; name: string }[], rows: string[][]) {
    let next = 0
    const context: ImportContext = {
      existingVenues: venues,
      existingDelegates: [],
      newId: () => `moi-${++next}`
    }
    return convertRows('delegates', [header, ...rows], 0, suggestMapping(header, 'delegates'), context)
  }

  it('puts a delegate at the venue spelled with every mark, creates the one that differs by a tone mark', () => {
    const result = importDelegates(
      [{ id: 'v-ha', name: 'Xã Thạch Hà' }],
      [
        ['1', 'Trần Thị Thu Hường', 'Bí thư Đảng ủy xã', 'xa thach ha'],
        ['2', 'Nguyễn Văn Lượng', 'Chủ tịch UBND xã', 'Xã Thạch Hạ']
      ]
    )
    expect(result.problems).toEqual([])
    expect(result.newVenues.map((venue) => venue.name)).toEqual(['Xã Thạch Hạ'])
    expect(result.kind === 'delegates' && result.records.map((delegate) => delegate.venueId)).toEqual([
      'v-ha',
      result.newVenues[0]?.id
    ])
  })

  it('places a delegate at the same venue whichever rows come before it', () => {
    const rows = [
      ['1', 'Nguyễn Văn Lượng', 'Chủ tịch UBND xã', 'Xã Thạch Hạ'],
      ['2', 'Trần Thị Thu Hường', 'Bí thư Đảng ủy xã', 'Xa Thach Ha'],
      ['3', 'Phan Văn Tùng', 'Trưởng Công an xã', 'Xã Thạch Hà']
    ]
    const venueOf = (ordered: string[][]) => {
      const result = importDelegates([{ id: 'v-ha', name: 'Xã Thạch Hà' }], ordered)
      expect(result.problems).toEqual([])
      if (result.kind !== 'delegates') throw new Error('not delegates')
      const names = new Map(result.newVenues.map((venue) => [venue.id, venue.name]))
      return Object.fromEntries(
        result.records.map((delegate) => [
          delegate.name,
          names.get(delegate.venueId ?? '') ?? delegate.venueId
        ])
      )
    }
    const expected = {
      'Nguyễn Văn Lượng': 'Xã Thạch Hạ',
      'Trần Thị Thu Hường': 'v-ha',
      'Phan Văn Tùng': 'v-ha'
    }
    expect(venueOf(rows)).toEqual(expected)
    expect(venueOf([...rows].reverse())).toEqual(expected)
  })

  it('makes one new venue, spelled in full, of a name one row types without marks', () => {
    const rows = [
      ['1', 'Trần Thị Thu Hường', 'Bí thư Đảng ủy xã', 'Xa Thach Ha'],
      ['2', 'Nguyễn Văn Lượng', 'Chủ tịch UBND xã', 'Xã Thạch Hà'],
      ['3', 'Phan Văn Tùng', 'Trưởng Công an xã', 'Xa Thạch Hà']
    ]
    for (const ordered of [rows, [...rows].reverse()]) {
      const result = importDelegates([], ordered)
      expect(result.problems).toEqual([])
      expect(result.newVenues.map((venue) => venue.name)).toEqual(['Xã Thạch Hà'])
      expect(
        result.kind === 'delegates' && new Set(result.records.map((delegate) => delegate.venueId)).size
      ).toBe(1)
    }
  })

  it('asks which venue a bare name means when the file spells two new venues in full', () => {
    const result = importDelegates(
      [],
      [
        ['1', 'Nguyễn Văn Lượng', 'Chủ tịch UBND xã', 'Xã Thạch Hà'],
        ['2', 'Lê Thị Hồng Nhung', 'Chủ tịch UBND xã', 'Xã Thạch Hạ'],
        ['3', 'Trần Thị Thu Hường', 'Bí thư Đảng ủy xã', 'Xa Thach Ha']
      ]
    )
    expect(result.newVenues.map((venue) => venue.name)).toEqual(['Xã Thạch Hà', 'Xã Thạch Hạ'])
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 4,
        field: 'Điểm cầu',
        message: expect.stringMatching(/có thể là “Xã Thạch Hà” hoặc “Xã Thạch Hạ”/)
      })
    ])
  })

  it('reports the row and field when a venue typed without marks could be either of two', () => {
    const result = importDelegates(
      [
        { id: 'v-ha', name: 'Xã Thạch Hà' },
        { id: 'v-ha2', name: 'Xã Thạch Hạ' }
      ],
      [['1', 'Nguyễn Văn Lượng', 'Chủ tịch UBND xã', 'Xa Thach Ha']]
    )
    expect(result.records).toEqual([])
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 2,
        field: 'Điểm cầu',
        message: expect.stringMatching(/có thể là “Xã Thạch Hà” hoặc “Xã Thạch Hạ”/)
      })
    ])
  })
})

describe('importing delegates', () => {
  it('records the file and time each delegate came from, and a connected venue\'s "Chủ trì" as its chair', () => {
    const doc = conference()
    const header = ['STT', 'Họ và tên', 'Cấp bậc', 'Điểm cầu', 'Vai trò']
    const rows = [
      ['1', 'Trần Thị Hồng Nhung', 'Thượng tá', 'Hội trường UBND tỉnh', 'Đại biểu'],
      ['2', 'Nguyễn Tân Cương', 'Trung úy', 'Điểm cầu huyện Kỳ Anh', 'Chủ trì']
    ]
    let next = 0
    const result = convertRows('delegates', [header, ...rows], 0, suggestMapping(header, 'delegates'), {
      existingVenues: doc.venues.map(({ id, name }) => ({ id, name })),
      existingDelegates: doc.delegates.map(({ id, name, unit }) => ({ id, name, unit })),
      newId: () => `moi-${++next}`
    })
    const origin = { file: 'toan-quoc-2024-dai-bieu.xlsx', at: '2024-12-20T02:00:00.000Z' }
    const applied = applyImport(doc, result, origin)
    expect(applied.delegates.slice(1).map((d) => d.importedFrom)).toEqual([origin, origin])
    expect(applied.delegates[0]?.importedFrom).toBeNull()
    const cuong = applied.delegates.find((d) => d.name === 'Nguyễn Tân Cương')
    expect(applied.venues.find((v) => v.id === 'v-kyanh')?.chairId).toBe(cuong?.id)
    expect(applied.venues.find((v) => v.id === 'v-tinh')?.chairId).toBeNull()
    expect(conferenceDocumentSchema.safeParse(applied).success).toBe(true)
  })
})
