import { describe, expect, it } from 'vitest'
import { newConferenceDocument, newDelegate, newVenue } from '../../../shared/model/defaults'
import type { ConferenceDocument } from '../../../shared/model/conference'
import { addVenue, moveVenue, removeVenue, setMainVenue, venueTotals } from './venueOps'

function conference(): ConferenceDocument {
  const base = newConferenceDocument(
    'c1',
    { title: 'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023' },
    new Date('2023-12-01T00:00:00.000Z')
  )
  return {
    ...base,
    venues: [
      newVenue('v1', { name: 'Hội trường UBND tỉnh', isMain: true, expectedCount: 40 }),
      newVenue('v2', { name: 'Huyện Kỳ Anh', expectedCount: 25 }),
      newVenue('v3', { name: 'Huyện Hương Khê', expectedCount: null })
    ],
    delegates: [
      newDelegate('d1', { name: 'Võ Trọng Hải', venueId: 'v1', attendance: 'confirmed' }),
      newDelegate('d2', {
        name: 'Nguyễn Xuân Thắng',
        venueId: 'v1',
        attendance: 'deputy',
        deputyName: 'Trần Văn Hùng'
      }),
      newDelegate('d3', { name: 'Lê Hữu Ân', venueId: 'v2' }),
      newDelegate('d4', { name: 'Phan Quang Nghĩa', venueId: null, attendance: 'declined' })
    ]
  }
}

describe('venue operations', () => {
  it('counts expected, listed and confirmed per venue and in total', () => {
    const totals = venueTotals(conference())
    expect(totals).toMatchObject({ venues: 3, expected: 65, listed: 4, confirmed: 2, unassigned: 1 })
    expect(totals.perVenue.get('v1')).toEqual({ listed: 2, confirmed: 2 })
    expect(totals.perVenue.get('v2')).toEqual({ listed: 1, confirmed: 0 })
    expect(totals.perVenue.get('v3')).toEqual({ listed: 0, confirmed: 0 })
  })

  it('removing a venue unassigns its delegates and keeps exactly one main venue', () => {
    const doc = removeVenue(conference(), 'v1')
    expect(doc.venues.map((venue) => venue.id)).toEqual(['v2', 'v3'])
    expect(doc.venues.filter((venue) => venue.isMain).map((venue) => venue.id)).toEqual(['v2'])
    expect(doc.delegates.map((delegate) => delegate.venueId)).toEqual([null, null, 'v2', null])
    expect(doc.delegates).toHaveLength(4)
  })

  it('marking a main venue unmarks the previous one', () => {
    const doc = setMainVenue(conference(), 'v3')
    expect(doc.venues.map((venue) => venue.isMain)).toEqual([false, false, true])
  })

  it('the first venue added is main, later ones are not', () => {
    const empty = { ...conference(), venues: [] }
    const one = addVenue(empty, 'a', { name: 'Hội trường Bộ CHQS tỉnh' })
    const two = addVenue(one, 'b', { name: 'Huyện Cẩm Xuyên' })
    expect(two.venues.map((venue) => venue.isMain)).toEqual([true, false])
  })

  it('moves a venue and ignores moves out of range', () => {
    const doc = moveVenue(conference(), 2, 0)
    expect(doc.venues.map((venue) => venue.id)).toEqual(['v3', 'v1', 'v2'])
    const same = conference()
    expect(moveVenue(same, 0, 5)).toBe(same)
  })
})
