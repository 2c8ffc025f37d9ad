import { describe, expect, it } from 'vitest'
import { familyAndMiddleName, givenName } from './givenName'
import { sortByGivenName } from './sortByGivenName'

describe('givenName', () => {
  it('takes the last word and the rest', () => {
    expect(givenName(' Nguyễn  Xuân Thắng ')).toBe('Thắng')
    expect(familyAndMiddleName('Nguyễn  Xuân Thắng')).toBe('Nguyễn Xuân')
    expect(givenName('Thắng')).toBe('Thắng')
    expect(familyAndMiddleName('Thắng')).toBe('')
    expect(givenName('')).toBe('')
  })
})

describe('sortByGivenName', () => {
  const expected = [
    'Ngô Hồng An',
    'Lê Ngọc Ánh',
    'Lê Hữu Ân',
    'Ngô Hữu Bình',
    'Trần Văn Dũng',
    'Phạm Quốc Đạt',
    'Hoàng Ngọc Ông',
    'Đinh Hồng Ơn',
    'Lê Văn Ưng',
    'Hồ Thị Vinh',
    'Lê Thanh Ý',
    'Bùi Thị Yến'
  ]
  const shuffled = [...expected].reverse().map((name, i) => ({ name, i }))

  it('sorts by given name in the Vietnamese alphabet', () => {
    expect(sortByGivenName(shuffled).map((d) => d.name)).toEqual(expected)
  })

  it('is not code-point order, which would put Ánh and Ân after Yến', () => {
    const byCodePoint = [...shuffled].sort((a, b) => (givenName(a.name) < givenName(b.name) ? -1 : 1))
    expect(byCodePoint.map((d) => d.name)).not.toEqual(expected)
    expect(byCodePoint.findIndex((d) => d.name === 'Lê Ngọc Ánh')).toBeGreaterThan(
      byCodePoint.findIndex((d) => d.name === 'Bùi Thị Yến')
    )
  })

  it('breaks ties on the family and middle names, then keeps input order', () => {
    const people = [
      { name: 'Vũ Tiến Thắng', id: 'a' },
      { name: 'Nguyễn Xuân Thắng', id: 'b' },
      { name: 'Lý Anh Thắng', id: 'c' },
      { name: 'Nguyễn Xuân Thắng', id: 'd' },
      { name: 'Đặng Quốc An', id: 'e' }
    ]
    expect(sortByGivenName(people).map((d) => d.id)).toEqual(['e', 'c', 'b', 'd', 'a'])
  })

  it('treats decomposed and upper-case names like the others, and leaves the input alone', () => {
    const people = [{ name: 'VŨ TIẾN THẮNG' }, { name: 'Đoàn Trọng Ân'.normalize('NFD') }]
    const sorted = sortByGivenName(people)
    expect(sorted.map((d) => d.name)).toEqual([people[1]?.name, people[0]?.name])
    expect(people[0]?.name).toBe('VŨ TIẾN THẮNG')
    expect(sortByGivenName([])).toEqual([])
  })
})
