import { describe, expect, it } from 'vitest'
import { estimateKey, readingVerdict } from './ReadingTimeMeter'

describe('estimateKey', () => {
  it('says one number when slow and brisk readers need the same minutes, never "2–2 phút"', () => {
    expect(estimateKey({ minMinutes: 2, maxMinutes: 2 })).toBe('reading.estimateExact')
  })

  it('keeps the range when they differ', () => {
    expect(estimateKey({ minMinutes: 2, maxMinutes: 3 })).toBe('reading.estimate')
  })
})

describe('readingVerdict', () => {
  it('is over when even a brisk reader overruns, tight when only a slow one does', () => {
    expect(readingVerdict({ minMinutes: 36, maxMinutes: 43 }, 35)).toBe('over')
    expect(readingVerdict({ minMinutes: 30, maxMinutes: 36 }, 35)).toBe('tight')
    expect(readingVerdict({ minMinutes: 30, maxMinutes: 35 }, 35)).toBe('fits')
    expect(readingVerdict({ minMinutes: 3, maxMinutes: 3 }, 0)).toBe('none')
  })
})
