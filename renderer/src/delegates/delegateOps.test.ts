import { describe, expect, it } from 'vitest'
import type { ConferenceDocument } from '../../../shared/model/conference'
import { newConferenceDocument, newDelegate, newVenue } from '../../../shared/model/defaults'
import {
  addDelegate,
  applyDelegateImport,
  applyPrecedence,
  mergeAllGroups,
  mergeGroup,
  moveDelegate,
  removeDelegates,
  updateDelegates
} from './delegateOps'

function conference(): ConferenceDocument {
  const base = newConferenceDocument(
    'c1',
    { title: 'Hội nghị tổng kết năm 2023' },
    new Date('2023-12-01T00:00:00.000Z')
  )
  return {
    ...base,
    venues: [newVenue('v1', { name: 'Hội trường UBND tỉnh', isMain: true, chairId: 'd3' })],
    delegates: [
      newDelegate('d1', {
        name: 'Lê Hữu Ân',
        rank: 'Đại tá',
        position: 'Phó Chỉ huy trưởng',
        unit: 'Ban CHQS huyện Kỳ Anh'
      }),
      newDelegate('d2', {
        name: 'Nguyễn Xuân Thắng',
        rank: 'Đại tá',
        role: 'co-chair',
        unit: 'Bộ CHQS tỉnh Hà Tĩnh'
      }),
      newDelegate('d3', { name: 'Võ Trọng Hải', role: 'chair', unit: 'UBND tỉnh Hà Tĩnh' }),
      newDelegate('d4', {
        name: 'NGUYỄN XUÂN THẮNG',
        unit: 'Bộ CHQS tỉnh Hà Tĩnh',
        phone: '0912 345 678',
        notes: 'Báo cáo tổng kết'
      })
    ]
  }
}
const names = (doc: ConferenceDocument) => doc.delegates.map((delegate) => delegate.id)

describe('delegate operations', () => {
  it('stores the suggested protocol order: chair, co-chair, then by rank', () => {
    expect(names(applyPrecedence(conference()))).toEqual(['d3', 'd2', 'd1', 'd4'])
  })

  it('moves one delegate in the stored order', () => {
    expect(names(moveDelegate(conference(), 0, 2))).toEqual(['d2', 'd3', 'd1', 'd4'])
  })

  it('bulk-updates only the chosen rows and returns the same document when nothing changes', () => {
    const doc = conference()
    const next = updateDelegates(doc, new Set(['d1', 'd2']), { attendance: 'confirmed' })
    expect(next.delegates.map((delegate) => delegate.attendance)).toEqual([
      'confirmed',
      'confirmed',
      'invited',
      'invited'
    ])
    expect(updateDelegates(next, new Set(['d1']), { attendance: 'confirmed' })).toBe(next)
  })

  it('deleting a venue chair clears the venue chair', () => {
    const doc = removeDelegates(conference(), new Set(['d3']))
    expect(names(doc)).toEqual(['d1', 'd2', 'd4'])
    expect(doc.venues[0]?.chairId).toBeNull()
  })

  it('merging keeps the chosen record in place and fills its gaps', () => {
    const doc = mergeGroup(conference(), 'd2', ['d4'])
    expect(names(doc)).toEqual(['d1', 'd2', 'd3'])
    expect(doc.delegates[1]).toMatchObject({
      name: 'Nguyễn Xuân Thắng',
      role: 'co-chair',
      phone: '0912 345 678',
      notes: 'Báo cáo tổng kết'
    })
  })

  it('adds a row after the active one', () => {
    expect(names(addDelegate(conference(), 'n1', 'd1'))).toEqual(['d1', 'n1', 'd2', 'd3', 'd4'])
  })

  it('an import into a conference without venues makes the first created venue main', () => {
    const empty = { ...conference(), venues: [], delegates: [] }
    const doc = applyDelegateImport(empty, {
      kind: 'delegates',
      records: [
        newDelegate('a', { name: 'Bùi Hồng Thanh', venueId: 'x' }),
        newDelegate('b', { name: 'Ngô Nam Cường', venueId: 'y' })
      ],
      newVenues: [
        { id: 'x', name: 'Hội trường UBND tỉnh' },
        { id: 'y', name: 'Huyện Hương Khê' }
      ],
      problems: [],
      totalRows: 2
    })
    expect(doc.venues.map((venue) => [venue.name, venue.isMain])).toEqual([
      ['Hội trường UBND tỉnh', true],
      ['Huyện Hương Khê', false]
    ])
    expect(names(doc)).toEqual(['a', 'b'])
  })
})

describe('mergeAllGroups', () => {
  it('merges every group into its chosen record in one new document', () => {
    const base = newConferenceDocument('c2', { title: 'Hội nghị' }, new Date('2024-01-01T00:00:00.000Z'))
    const from = { file: 'toan-quoc-2024-dai-bieu.xlsx', at: '2024-12-20T02:00:00.000Z' }
    const doc: ConferenceDocument = {
      ...base,
      delegates: [
        newDelegate('a1', { name: 'Nguyễn Tân Cương', unit: 'Bộ CHQS tỉnh Hà Tĩnh', importedFrom: from }),
        newDelegate('b1', { name: 'Lê Đình Sơn', unit: 'BĐBP' }),
        newDelegate('a2', { name: 'NGUYỄN TÂN CƯƠNG', unit: 'Bộ CHQS tỉnh Hà Tĩnh', phone: '0912 000 111' }),
        newDelegate('b2', { name: 'Lê Đình Sơn', unit: 'BĐBP', rank: 'Đại tá' })
      ]
    }
    const merged = mergeAllGroups(
      doc,
      [
        ['a1', 'a2'],
        ['b1', 'b2']
      ],
      (index) => (index === 1 ? 'b2' : undefined)
    )
    expect(merged.delegates.map((d) => d.id)).toEqual(['a1', 'b2'])
    expect(merged.delegates[0]).toMatchObject({ phone: '0912 000 111', importedFrom: from })
    expect(merged.delegates[1]?.rank).toBe('Đại tá')
  })
})
