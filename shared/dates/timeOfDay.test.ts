import { describe, expect, it } from 'vitest'
import { fromMinutes, isTimeOfDay, toMinutes } from './timeOfDay'

describe('toMinutes / fromMinutes', () => {
  it('converts both ways', () => {
    expect(toMinutes('14:05')).toBe(845)
    expect(toMinutes('00:00')).toBe(0)
    expect(toMinutes('23:59')).toBe(1439)
    expect(fromMinutes(845)).toBe('14:05')
    expect(fromMinutes(0)).toBe('00:00')
  })

  it('wraps past midnight and below zero', () => {
    expect(fromMinutes(24 * 60 + 15)).toBe('00:15')
    expect(fromMinutes(-30)).toBe('23:30')
  })

  it('rejects malformed times', () => {
    for (const bad of ['24:00', '14:60', '14h05', '', 'ab:cd']) {
      expect(() => toMinutes(bad)).toThrow(/không hợp lệ/)
      expect(isTimeOfDay(bad)).toBe(false)
    }
    expect(isTimeOfDay('7:05')).toBe(true)
  })
})
