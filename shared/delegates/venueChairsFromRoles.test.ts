import { describe, expect, it } from 'vitest'
import { nationalConferenceDoc } from './testNationalConference'
import { newConferenceDocument, newDelegate, newVenue } from '../model/defaults'
import { venueChairsFromRoles } from './venueChairsFromRoles'

describe('venueChairsFromRoles', () => {
  it('fills the chair of all 89 connected venues from their "Chủ trì", and not the main venue', () => {
    const doc = venueChairsFromRoles(nationalConferenceDoc())
    const [main, ...connected] = doc.venues
    expect(main?.chairId).toBeNull()
    expect(connected).toHaveLength(89)
    for (const venue of connected) {
      const chair = doc.delegates.find((d) => d.id === venue.chairId)
      expect(chair?.role).toBe('chair')
      expect(chair?.venueId).toBe(venue.id)
    }
  })

  it('keeps a chair the clerk chose unless an edit names a new one', () => {
    const base = newConferenceDocument('hatinh', { title: 'Hội nghị' }, new Date('2024-01-01'))
    const doc = {
      ...base,
      venues: [
        newVenue('tinh', { name: 'Hội trường UBND tỉnh', isMain: true }),
        newVenue('kyanh', { name: 'Điểm cầu Kỳ Anh', chairId: 'd1' })
      ],
      delegates: [
        newDelegate('d1', { name: 'Võ Trọng Hải', venueId: 'kyanh' }),
        newDelegate('d2', { name: 'Nguyễn Xuân Thắng', venueId: 'kyanh', role: 'chair' })
      ]
    }
    expect(venueChairsFromRoles(doc)).toBe(doc)
    expect(venueChairsFromRoles(doc, new Set(['d2']), true).venues[1]?.chairId).toBe('d2')
  })
})
