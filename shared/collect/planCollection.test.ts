import { describe, expect, it } from 'vitest'
import { newConferenceDocument, newDelegate, newVenue } from '../model/defaults'
import { applyCollected, recordTemplates } from './applyCollected'
import { collectionBoard, filterBoard } from './collectionBoard'
import { LIST_FIELDS } from './diffVenueList'
import { planCollection, planIsClean, type ReplyFile } from './planCollection'
import { encodeIdentity, findIdentity } from './templateIdentity'

function conference() {
  const doc = newConferenceDocument(
    'hn1',
    { title: 'Hội nghị tổng kết công tác QP-AN năm 2023' },
    new Date('2023-12-01T00:00:00Z')
  )
  return {
    ...doc,
    venues: [
      newVenue('v1', { name: 'Hội trường UBND tỉnh Hà Tĩnh', isMain: true, expectedCount: 2 }),
      newVenue('v2', { name: 'Xã Thạch Hà', expectedCount: 1, chairId: 'd3' }),
      newVenue('v3', { name: 'Xã Thạch Hạ', expectedCount: 1 })
    ],
    delegates: [
      newDelegate('d1', { name: 'Nguyễn Văn Hòa', venueId: 'v1', role: 'chair' }),
      newDelegate('d2', { name: 'Trần Thị Thủy', venueId: 'v1' }),
      newDelegate('d3', { name: 'Lê Đức Thắng', venueId: 'v2', role: 'chair' }),
      newDelegate('d4', { name: 'Phan Đình Phùng', venueId: 'v3' })
    ]
  }
}

function reply(key: string, fields: Partial<ReplyFile>): ReplyFile {
  return {
    key,
    fileName: `${key}.xlsx`,
    modifiedAt: '2023-12-20T08:00:00.000Z',
    identity: null,
    titleCells: [],
    records: [],
    presentFields: [...LIST_FIELDS],
    problems: [],
    error: null,
    ...fields
  }
}

describe('planCollection and applyCollected', () => {
  it('matches by identity, title row, then file name, and lets the clerk place the rest', () => {
    const doc = conference()
    const plan = planCollection(doc, [
      reply('a', { identity: findIdentity(encodeIdentity({ conferenceId: 'hn1', venueId: 'v3' })) }),
      reply('b', { titleCells: ['Hội nghị …', 'ĐIỂM CẦU: xã thạch hà'] }),
      reply('mau-01-Hội trường UBND tỉnh Hà Tĩnh (1)', {}),
      reply('danh-sach', {}),
      // Bare letters fit both Thạch Hà and Thạch Hạ: the clerk decides.
      reply('xa thach ha', {})
    ])
    expect(plan.venues.map((venue) => [venue.venueId, venue.by])).toEqual([
      ['v1', 'file-name'],
      ['v2', 'title'],
      ['v3', 'identity']
    ])
    expect(plan.unmatched.map((entry) => entry.file.key)).toEqual(['danh-sach', 'xa thach ha'])
    const chosen = planCollection(doc, [reply('danh-sach', {})], { 'danh-sach': 'v2' })
    expect(chosen.venues.map((venue) => [venue.venueId, venue.by])).toEqual([['v2', 'clerk']])
  })

  it('takes a later file for the same venue as a newer version, never as more people', () => {
    const doc = conference()
    const first = reply('old', {
      titleCells: ['Điểm cầu: Xã Thạch Hạ'],
      modifiedAt: '2023-12-20T08:00:00.000Z',
      records: [newDelegate('x', { name: 'Phan Đình Phùng' }), newDelegate('y', { name: 'Hồ Xuân Hương' })]
    })
    const second = reply('new', {
      titleCells: ['Điểm cầu: Xã Thạch Hạ'],
      modifiedAt: '2023-12-21T08:00:00.000Z',
      records: [newDelegate('x', { name: 'Phan Đình Phùng' }), newDelegate('z', { name: 'Nguyễn Du' })]
    })
    for (const files of [
      [first, second],
      [second, first]
    ]) {
      let n = 0
      const plan = planCollection(doc, files, {}, () => `n${++n}`)
      const [venue] = plan.venues
      expect(venue?.file.key).toBe('new')
      expect(venue?.superseded.map((file) => file.key)).toEqual(['old'])
      const after = applyCollected(doc, plan.venues, '2023-12-22T01:00:00.000Z')
      expect(
        after.delegates.filter((person) => person.venueId === 'v3').map((person) => person.name)
      ).toEqual(['Phan Đình Phùng', 'Nguyễn Du'])
      expect(after.delegates.find((person) => person.name === 'Phan Đình Phùng')?.id).toBe('d4')
      expect(after.venues[2]?.collection).toEqual({
        templateAt: '',
        replyFile: 'new.xlsx',
        replyAt: '2023-12-22T01:00:00.000Z'
      })
    }
  })

  it('drops links to people a venue no longer lists, and keeps everyone else in place', () => {
    const doc = conference()
    const plan = planCollection(doc, [
      reply('b', {
        titleCells: ['Điểm cầu: Xã Thạch Hà'],
        records: [newDelegate('x', { name: 'Đặng Thị Mai' })]
      })
    ])
    const after = applyCollected(doc, plan.venues, '2023-12-22T01:00:00.000Z')
    expect(after.delegates.map((person) => person.id)).toEqual(['d1', 'd2', 'new', 'd4'])
    expect(after.venues[1]?.chairId).toBeNull()
    expect(after.delegates[2]?.importedFrom).toEqual({ file: 'b.xlsx', at: '2023-12-22T01:00:00.000Z' })
  })

  it('is not clean when a file has row problems, cannot be read or matched', () => {
    const doc = conference()
    const withProblem = reply('b', {
      titleCells: ['Điểm cầu: Xã Thạch Hà'],
      problems: [{ row: 7, field: 'Vai trò', message: 'vai trò không rõ: "trưởng đoàn"' }]
    })
    const plan = planCollection(doc, [withProblem, reply('c', { error: 'tệp rỗng' })])
    expect(plan.venues[0]?.problems).toEqual(['dòng 7, cột “Vai trò”: vai trò không rõ: "trưởng đoàn"'])
    expect(plan.venues[0]?.clean).toBe(false)
    expect(plan.unreadable.map((file) => file.key)).toEqual(['c'])
    expect(planIsClean(plan)).toBe(false)
  })
})

describe('collectionBoard', () => {
  it('shows what each venue still owes and filters on it', () => {
    const doc = recordTemplates(conference(), ['v1', 'v2'], '2023-12-10T02:00:00.000Z')
    const extra = {
      ...doc,
      delegates: [...doc.delegates, newDelegate('d5', { name: 'Hà Văn Quế', venueId: 'v2' })]
    }
    const board = collectionBoard(extra)
    expect(board.map((row) => [row.named, row.chairNamed, row.overCount])).toEqual([
      [2, true, false],
      [2, true, true],
      [1, false, false]
    ])
    expect(board[0]?.templateAt).toBe('2023-12-10T02:00:00.000Z')
    expect(filterBoard(board, 'no-chair').map((row) => row.venueId)).toEqual(['v3'])
    expect(filterBoard(board, 'over-count').map((row) => row.venueId)).toEqual(['v2'])
    expect(filterBoard(board, 'not-returned')).toHaveLength(3)
  })
})
