import { describe, expect, it } from 'vitest'
import { compareVietnamese } from './vietnameseCollator'

describe('compareVietnamese', () => {
  it('follows the Vietnamese alphabet with tones after the bare letter', () => {
    const words = ['Yến', 'Ý', 'Vinh', 'Ưng', 'Ơn', 'Ông', 'Đạt', 'Dũng', 'Bình', 'Ân', 'Ánh', 'An']
    expect([...words].sort(compareVietnamese)).toEqual([
      'An',
      'Ánh',
      'Ân',
      'Bình',
      'Dũng',
      'Đạt',
      'Ông',
      'Ơn',
      'Ưng',
      'Vinh',
      'Ý',
      'Yến'
    ])
  })

  it('orders a ă â and d đ as separate letters', () => {
    expect(compareVietnamese('an', 'ăn')).toBeLessThan(0)
    expect(compareVietnamese('ăn', 'ân')).toBeLessThan(0)
    expect(compareVietnamese('dz', 'đa')).toBeLessThan(0)
    expect(compareVietnamese('o', 'ô')).toBeLessThan(0)
    expect(compareVietnamese('ô', 'ơ')).toBeLessThan(0)
    expect(compareVietnamese('u', 'ư')).toBeLessThan(0)
  })

  it('ignores case but not tones, and treats NFD like NFC', () => {
    expect(compareVietnamese('thắng', 'THẮNG')).toBe(0)
    expect(compareVietnamese('Thang', 'Thắng')).not.toBe(0)
    expect(compareVietnamese('Thắng'.normalize('NFD'), 'Thắng')).toBe(0)
  })

  it('sorts numbers by value', () => {
    expect(compareVietnamese('Quân khu 4', 'Quân khu 10')).toBeLessThan(0)
  })

  it('differs from code-point order, which puts Ánh after Yến', () => {
    expect(['Yến', 'Ánh'].sort()).toEqual(['Yến', 'Ánh'])
    expect(['Yến', 'Ánh'].sort(compareVietnamese)).toEqual(['Ánh', 'Yến'])
  })
})
