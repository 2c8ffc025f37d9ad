import { describe, expect, it } from 'vitest'
import { newDelegate, newVenue } from '../model/defaults'
import { venueChair, venueChairs } from './venueChair'
import { venueLabel, venueShortName } from './venueLabel'

const venues = [
  newVenue('v1', { name: 'Điểm cầu Bộ Quốc phòng', isMain: true }),
  newVenue('v2', { name: 'Điểm cầu Nghệ An' }),
  newVenue('v3', { name: 'Hà Tĩnh', chairId: 'd4' })
]
const delegates = [
  newDelegate('d1', { name: 'Hoàng Xuân Chiến', role: 'chair', venueId: 'v1' }),
  newDelegate('d2', { name: 'Trần Văn Ân', role: 'delegate', venueId: 'v2' }),
  newDelegate('d3', { name: 'Bùi Thanh An', role: 'chair', venueId: 'v2' }),
  newDelegate('d4', { name: 'Trần Báu Hà', role: 'guest', venueId: 'v3' }),
  newDelegate('d5', { name: 'Võ Trọng Hải', role: 'chair', venueId: 'v3' })
]

describe('venueChair', () => {
  it('takes the chair the clerk recorded, else the "Chủ trì" at that venue', () => {
    expect(venueChair(venues[1]!, delegates)?.name).toBe('Bùi Thanh An')
    expect(venueChair(venues[2]!, delegates)?.name).toBe('Trần Báu Hà')
    expect(venueChair(venues[0]!, delegates)?.name).toBe('Hoàng Xuân Chiến')
    const all = venueChairs(venues, delegates)
    expect([...all.entries()].map(([venue, chair]) => [venue, chair.id])).toEqual([
      ['v1', 'd1'],
      ['v2', 'd3'],
      ['v3', 'd4']
    ])
  })

  it('passes over a chair who declined', () => {
    const declined = delegates.map((d) => (d.id === 'd3' ? { ...d, attendance: 'declined' as const } : d))
    expect(venueChair(venues[1]!, declined)).toBeNull()
  })
})

describe('venueLabel', () => {
  it('says "Điểm cầu" once whatever the clerk typed', () => {
    expect(venueLabel('Điểm cầu Nghệ An')).toBe('Điểm cầu Nghệ An')
    expect(venueLabel('Nghệ An')).toBe('Điểm cầu Nghệ An')
    expect(venueShortName('Điểm cầu Bộ Công an')).toBe('Bộ Công an')
  })
})
