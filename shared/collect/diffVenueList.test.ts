import { describe, expect, it } from 'vitest'
import { newDelegate } from '../model/defaults'
import { LIST_FIELDS, diffVenueList } from './diffVenueList'

const ALL = new Set<string>(LIST_FIELDS)
const ids = () => {
  let n = 0
  return () => `moi${++n}`
}

describe('diffVenueList', () => {
  const stored = [
    newDelegate('a', { name: 'Nguyễn Văn Hòa', unit: 'Công an tỉnh', rank: 'Đại tá', venueId: 'v' }),
    newDelegate('b', { name: 'Trần Thị Thủy', unit: 'UBND huyện Kỳ Anh', venueId: 'v' }),
    newDelegate('c', { name: 'Lê Đức Thắng', unit: 'Bộ CHQS tỉnh', venueId: 'v' })
  ]

  it('keeps the ids of people still there, whatever their order, and names new and removed people', () => {
    const incoming = [
      newDelegate('x', { name: 'TRẦN THỊ THỦY', unit: 'UBND huyện Kỳ Anh' }),
      newDelegate('y', {
        name: 'Nguyễn Văn Hoà',
        unit: 'Công an tỉnh',
        rank: 'Đại tá',
        phone: '0912 345 678'
      }),
      newDelegate('z', { name: 'Phạm Quốc Việt', unit: 'BĐBP tỉnh' })
    ]
    const diff = diffVenueList(stored, incoming, ALL, ids())
    expect(diff.removed.map((person) => person.id)).toEqual(['c'])
    expect(diff.added.map((person) => [person.id, person.name])).toEqual([['moi1', 'Phạm Quốc Việt']])
    const changed = new Map(diff.changed.map((change) => [change.before.id, change]))
    expect(changed.get('a')?.fields).toEqual(['name', 'phone'])
    expect(changed.get('a')?.after.id).toBe('a')
    expect(changed.get('b')?.fields).toEqual(['name'])
  })

  it('tells namesakes apart by unit, not by their order in the file', () => {
    const twins = [
      newDelegate('p1', { name: 'Nguyễn Văn Hùng', unit: 'Công an huyện Hương Sơn', venueId: 'v' }),
      newDelegate('p2', { name: 'Nguyễn Văn Hùng', unit: 'Ban CHQS huyện Hương Sơn', venueId: 'v' })
    ]
    const incoming = [
      newDelegate('x', { name: 'Nguyễn Văn Hùng', unit: 'Ban CHQS huyện Hương Sơn', phone: '0987 000 111' }),
      newDelegate('y', { name: 'Nguyễn Văn Hùng', unit: 'Công an huyện Hương Sơn' })
    ]
    const diff = diffVenueList(twins, incoming, ALL, ids())
    expect(diff.unchanged.map((person) => person.id)).toEqual(['p1'])
    expect(diff.changed.map((change) => change.before.id)).toEqual(['p2'])
    expect(diff.added).toEqual([])
    expect(diff.removed).toEqual([])
  })

  it('matches a name typed without marks when only one person fits', () => {
    const diff = diffVenueList(
      stored,
      [newDelegate('x', { name: 'Le Duc Thang', unit: 'Bộ CHQS tỉnh' })],
      ALL,
      ids()
    )
    expect(diff.changed.map((change) => change.before.id)).toEqual(['c'])
    expect(diff.added).toEqual([])
  })

  it('leaves fields alone when the file has no column for them', () => {
    const diff = diffVenueList(
      [newDelegate('a', { name: 'Nguyễn Văn Hòa', phone: '0912 111 222', venueId: 'v' })],
      [newDelegate('x', { name: 'Nguyễn Văn Hòa' })],
      new Set(['name']),
      ids()
    )
    expect(diff.unchanged.map((person) => person.id)).toEqual(['a'])
  })

  it('keeps a person listed twice once and says so', () => {
    const row = newDelegate('x', { name: 'Võ Thị Ngọc Ánh', unit: 'Hội LHPN tỉnh' })
    const diff = diffVenueList([], [row, { ...row, id: 'y' }], ALL, ids())
    expect(diff.added).toHaveLength(1)
    expect(diff.repeated).toHaveLength(1)
  })
})
