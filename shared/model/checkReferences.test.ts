import { describe, expect, it } from 'vitest'
import type { AgendaItem } from './conference'
import { newConferenceDocument, newDelegate, newVenue } from './defaults'
import { checkReferences, dropDanglingReferences } from './checkReferences'

function newAgendaItem(id: string, fields: Partial<AgendaItem>): AgendaItem {
  return {
    id,
    title: '',
    kind: 'report',
    durationMin: 10,
    pinnedStart: null,
    presenterId: null,
    presenterText: '',
    venueId: null,
    notes: '',
    ...fields
  } as AgendaItem
}

function conference() {
  const doc = newConferenceDocument(
    'tongket2024',
    { title: 'Hội nghị tổng kết năm 2024' },
    new Date('2024-12-01T00:00:00Z')
  )
  return {
    ...doc,
    venues: [newVenue('v1', { name: 'Hội trường UBND tỉnh Hà Tĩnh', chairId: 'd1' })],
    delegates: [
      newDelegate('d1', { name: 'Võ Trọng Hải', venueId: 'v1' }),
      newDelegate('d2', { name: 'Nguyễn Hồng Lĩnh', venueId: 'v1' })
    ],
    agenda: [newAgendaItem('a1', { title: 'Khai mạc hội nghị', presenterId: 'd1', venueId: 'v1' })]
  }
}

describe('checkReferences (issue 12, item 8)', () => {
  it('finds nothing wrong in a consistent conference', () => {
    expect(checkReferences(conference())).toEqual([])
  })

  it('names each duplicate, dangling and path-like id by its field', () => {
    const doc = conference()
    const broken = {
      ...doc,
      venues: [
        ...doc.venues,
        newVenue('v1', { name: 'Điểm cầu huyện Kỳ Anh' }),
        newVenue('../v3', { name: 'Xã Kỳ Hoa' })
      ],
      delegates: [
        ...doc.delegates,
        newDelegate('d1', { name: 'Trần Thị Bích Phượng' }),
        newDelegate('d4', { name: 'Lê Văn Đức', venueId: 'v9' }),
        newDelegate('a\\b', { name: 'Phạm Quý' })
      ],
      agenda: [newAgendaItem('a1', { title: 'Báo cáo tổng kết', presenterId: 'd7', venueId: 'v8' })]
    }
    expect(checkReferences(broken)).toEqual([
      { field: 'venues.1.id', message: 'mã điểm cầu "v1" trùng với venues.0', repairable: false },
      { field: 'venues.2.id', message: 'mã điểm cầu "../v3" chứa "/", "\\" hoặc ".."', repairable: false },
      { field: 'delegates.2.id', message: 'mã đại biểu "d1" trùng với delegates.0', repairable: false },
      { field: 'delegates.4.id', message: 'mã đại biểu "a\\b" chứa "/", "\\" hoặc ".."', repairable: false },
      {
        field: 'delegates.3.venueId',
        message: 'trỏ tới điểm cầu "v9" không có trong hội nghị',
        repairable: true
      },
      {
        field: 'agenda.0.presenterId',
        message: 'trỏ tới đại biểu "d7" không có trong hội nghị',
        repairable: true
      },
      {
        field: 'agenda.0.venueId',
        message: 'trỏ tới điểm cầu "v8" không có trong hội nghị',
        repairable: true
      }
    ])
  })

  it('drops only dangling references, saying which', () => {
    const doc = conference()
    const dangling = {
      ...doc,
      delegates: [...doc.delegates, newDelegate('d3', { name: 'Lê Văn Đức', venueId: 'v9' })],
      venues: [{ ...doc.venues[0]!, chairId: 'd99' }]
    }
    const { doc: repaired, notes } = dropDanglingReferences(dangling)
    expect(notes).toEqual([
      'venues.0.chairId: bỏ liên kết tới đại biểu "d99" không còn tồn tại',
      'delegates.2.venueId: bỏ liên kết tới điểm cầu "v9" không còn tồn tại'
    ])
    expect(repaired.delegates[2]?.venueId).toBeNull()
    expect(repaired.delegates[0]?.venueId).toBe('v1')
    expect(checkReferences(repaired)).toEqual([])
  })
})
