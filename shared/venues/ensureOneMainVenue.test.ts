import { describe, expect, it } from 'vitest'
import { newConferenceDocument, newVenue } from '../model/defaults'
import { ensureOneMainVenue } from './ensureOneMainVenue'

const base = newConferenceDocument('x', { title: 'Hội nghị trực tuyến toàn quốc' }, new Date(0))

describe('ensureOneMainVenue', () => {
  it('makes the first venue main when none is', () => {
    const doc = ensureOneMainVenue({
      ...base,
      venues: [newVenue('a', { name: 'Nghệ An' }), newVenue('b', { name: 'Hà Tĩnh' })]
    })
    expect(doc.venues.map((venue) => venue.isMain)).toEqual([true, false])
  })

  it('keeps only the first of several main venues', () => {
    const doc = ensureOneMainVenue({
      ...base,
      venues: [
        newVenue('a', { name: 'Nghệ An' }),
        newVenue('b', { name: 'Hà Tĩnh', isMain: true }),
        newVenue('c', { name: 'Quảng Bình', isMain: true })
      ]
    })
    expect(doc.venues.map((venue) => venue.isMain)).toEqual([false, true, false])
  })

  it('returns the same document when it is already right', () => {
    const doc = { ...base, venues: [newVenue('a', { name: 'Nghệ An', isMain: true })] }
    expect(ensureOneMainVenue(doc)).toBe(doc)
  })
})
