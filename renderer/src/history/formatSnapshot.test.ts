import { describe, expect, it } from 'vitest'
import { formatKilobytes, formatSnapshotTime, kilobytes } from './formatSnapshot'

describe('kilobytes', () => {
  it('rounds to one decimal and never shows a non-empty file as 0', () => {
    expect(kilobytes(0)).toBe(0)
    expect(kilobytes(12)).toBe(0.1)
    expect(kilobytes(1024)).toBe(1)
    expect(kilobytes(15_667)).toBe(15.3)
  })

  it('uses the decimal comma in Vietnamese and the point in English', () => {
    expect(formatKilobytes(15_667, 'vi')).toBe('15,3')
    expect(formatKilobytes(15_667, 'en')).toBe('15.3')
    expect(formatKilobytes(2_048_000, 'vi')).toBe('2.000')
  })
})

describe('formatSnapshotTime', () => {
  it('tells apart snapshots taken seconds apart', () => {
    const a = formatSnapshotTime('2024-11-22T02:15:26.524Z', 'vi')
    const b = formatSnapshotTime('2024-11-22T02:15:41.002Z', 'vi')
    expect(a).not.toBe(b)
  })

  it('returns an unreadable stamp unchanged rather than "Invalid Date"', () => {
    expect(formatSnapshotTime('không-phải-ngày', 'vi')).toBe('không-phải-ngày')
  })
})
