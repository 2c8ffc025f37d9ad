import { describe, expect, it } from 'vitest'
import type { Delegate } from '../model/conference'
import { nationalConferenceDoc, TRUNG_UY_VENUE_INDEX } from './testNationalConference'
import { rankLevel } from './ranks'
import { precedenceMoves, sortByPrecedence } from './sortByPrecedence'
import { venueChairsFromRoles } from './venueChairsFromRoles'

type Row = Pick<Delegate, 'role' | 'rank' | 'position' | 'partyPosts' | 'name'>
const row = (name: string, role: Delegate['role'], rank: string, position: string, partyPosts = ''): Row => ({
  name,
  role,
  rank,
  position,
  partyPosts
})

describe('sortByPrecedence', () => {
  it('puts chair, co-chairs (in input order), guests, then delegates by rank and post — Hà Tĩnh 2023', () => {
    const input = [
      row('Đỗ Xuân Thanh', 'delegate', 'Đại úy', 'Phó Trưởng phòng'),
      row('Phan Quang Nghĩa', 'delegate', '', 'Trưởng phòng'),
      row('Ngô Nam Cường', 'guest', 'Đại tá', 'Phó Tư lệnh Quân khu 4'),
      row('Phạm Thanh Phương', 'co-chair', 'Đại tá', 'Phó Giám đốc'),
      row('Lê Hữu Ân', 'delegate', 'Đại tá', 'Phó Chỉ huy trưởng'),
      row('Nguyễn Xuân Thắng', 'co-chair', 'Đại tá', 'Chỉ huy trưởng'),
      row('Vũ Ngọc Tuấn', 'delegate', 'Đại tá', 'Chỉ huy trưởng'),
      row('Võ Trọng Hải', 'chair', '', 'Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy'),
      row('Âu Anh Thanh', 'delegate', 'Thiếu tướng', 'Chuyên viên'),
      row('Trịnh Việt Thắng', 'delegate', 'Trung tá', 'Phó Trưởng phòng'),
      row('Phạm Tiến Sơn', 'delegate', 'Trung tá', 'Đồn trưởng')
    ]
    expect(sortByPrecedence(input).map((d) => d.name)).toEqual([
      'Võ Trọng Hải',
      'Phạm Thanh Phương',
      'Nguyễn Xuân Thắng',
      'Ngô Nam Cường',
      'Âu Anh Thanh',
      'Vũ Ngọc Tuấn',
      'Lê Hữu Ân',
      'Phạm Tiến Sơn',
      'Trịnh Việt Thắng',
      'Đỗ Xuân Thanh',
      'Phan Quang Nghĩa'
    ])
  })

  it('orders guests by the level of their post before their rank', () => {
    const input = [
      row('Ngô Nam Cường', 'guest', 'Đại tá', 'Phó Tư lệnh Quân khu 4'),
      row('Lê Ngọc Châu', 'guest', '', 'Bí thư Tỉnh ủy'),
      row('Trần Văn Sơn', 'guest', 'Thiếu tướng', 'Phó Tư lệnh Quân khu 4')
    ]
    expect(sortByPrecedence(input).map((d) => d.name)).toEqual([
      'Lê Ngọc Châu',
      'Trần Văn Sơn',
      'Ngô Nam Cường'
    ])
  })

  it('keeps input order on ties and leaves the input untouched', () => {
    const input = [
      row('Hoàng Ngọc Ổn', 'delegate', '', 'Chuyên viên'),
      row('Đoàn Trọng Ân', 'delegate', '', 'Chuyên viên'),
      row('Bùi Anh Việt', 'secretary', '', 'Chuyên viên')
    ]
    const copy = [...input]
    expect(sortByPrecedence(input)).toEqual(copy)
    expect(input).toEqual(copy)
    expect(sortByPrecedence([])).toEqual([])
  })

  it('keeps the extra fields of the items it sorts', () => {
    const input = [
      { ...row('Ngô Hồng An', 'delegate', 'Trung tá', ''), id: 'x' },
      { ...row('Võ Trọng Hải', 'chair', '', ''), id: 'y' }
    ]
    expect(sortByPrecedence(input).map((d) => d.id)).toEqual(['y', 'x'])
  })
})

describe('sortByPrecedence for a multi-venue conference (90 venues, 1,143 delegates)', () => {
  const doc = venueChairsFromRoles(nationalConferenceDoc())
  const sorted = sortByPrecedence(doc.delegates, doc.venues)
  const venueIndex = new Map(doc.venues.map((venue, index) => [venue.id, index]))

  it('puts the two Thượng tướng co-chairs first and the superior guests next, never a venue chair', () => {
    expect(sorted).toHaveLength(1143)
    expect(sorted.slice(0, 2).map((d) => `${d.rank} ${d.name}`)).toEqual([
      'Thượng tướng Hoàng Xuân Chiến',
      'Thượng tướng Lê Huy Vịnh'
    ])
    expect(sorted.slice(2, 4).map((d) => d.role)).toEqual(['guest', 'guest'])
  })

  it('keeps the main venue together, then goes venue by venue in venue order, each led by its chair', () => {
    const blocks = sorted.map((d) => venueIndex.get(d.venueId ?? '') ?? -1)
    // Never goes back to an earlier venue.
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]).toBeGreaterThanOrEqual(blocks[i - 1] ?? 0)
    expect(sorted.slice(0, 75).every((d) => d.venueId === doc.venues[0]?.id)).toBe(true)
    for (const venue of doc.venues.slice(1)) {
      const first = sorted.find((d) => d.venueId === venue.id)
      expect(first?.id).toBe(venue.chairId)
      expect(first?.role).toBe('chair')
    }
    // The Trung úy chairing a venue leads that venue, far behind the conference's co-chairs.
    const trungUy = sorted.findIndex((d) => d.role === 'chair' && d.rank === 'Trung úy')
    const trungUyVenue = sorted[trungUy]?.venueId ?? ''
    expect(venueIndex.get(trungUyVenue)).toBe(TRUNG_UY_VENUE_INDEX + 1)
    expect(sorted[trungUy - 1]?.venueId).not.toBe(trungUyVenue)
  })

  it('orders the rest of the main venue by rank then post', () => {
    const rest = sorted.slice(4, 75)
    const levels = rest.map((d) => rankLevel(d.rank))
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] ?? 0)
  })

  it('keeps the old order for a single-venue conference', () => {
    const single = doc.delegates.slice(0, 90).map((d) => ({ ...d, venueId: null }))
    expect(sortByPrecedence(single, doc.venues.slice(0, 1))).toEqual(sortByPrecedence(single))
  })

  it('lists every moved delegate with its old and new position', () => {
    const moves = precedenceMoves(doc.delegates, sorted)
    const chien = moves.find((move) => move.name === 'Hoàng Xuân Chiến')
    expect(chien).toEqual(expect.objectContaining({ from: 91, to: 1 }))
    expect(
      moves.every(
        (move) => sorted[move.to - 1]?.id === move.id && doc.delegates[move.from - 1]?.id === move.id
      )
    ).toBe(true)
  })
})
