import { describe, expect, it } from 'vitest'
import { buildSearchIndex, foldForSearch, matchesQuery } from './foldForSearch'

const nfd = (s: string) => s.normalize('NFD')

describe('foldForSearch', () => {
  it('strips tones and letter marks, folds đ and case, collapses spaces', () => {
    expect(foldForSearch('  NGUYỄN   Xuân\tThắng ')).toBe('nguyen xuan thang')
    expect(foldForSearch('Đại tá Đỗ Xuân Thanh')).toBe('dai ta do xuan thanh')
    expect(foldForSearch('Ưng Ơn Ông Ân Ă')).toBe('ung on ong an a')
  })

  it('folds decomposed (NFD) input to the same text as composed input', () => {
    const composed = 'Nguyễn Xuân Thắng'
    expect(nfd(composed)).not.toBe(composed)
    expect(foldForSearch(nfd(composed))).toBe(foldForSearch(composed))
  })

  it('returns an empty string for blanks', () => {
    expect(foldForSearch(' \u00a0 ')).toBe('')
  })
})

describe('matchesQuery', () => {
  const fields = ['Nguyễn Xuân Thắng', 'Đại tá', 'Chỉ huy trưởng', 'Bộ CHQS tỉnh Hà Tĩnh']

  it('finds names typed without diacritics or in upper case', () => {
    expect(matchesQuery(fields, 'nguyen xuan thang')).toBe(true)
    expect(matchesQuery(fields, 'NGUYỄN XUÂN THẮNG')).toBe(true)
    expect(matchesQuery(fields, nfd('Thắng'))).toBe(true)
  })

  it('finds đ by d and accepts tokens in any order and across fields', () => {
    expect(matchesQuery(['Đại tá'], 'dai ta')).toBe(true)
    expect(matchesQuery(['đ'], 'd')).toBe(true)
    expect(matchesQuery(fields, 'ha tinh thang')).toBe(true)
  })

  it('requires every token', () => {
    expect(matchesQuery(fields, 'thang cuong')).toBe(false)
    expect(matchesQuery(fields, 'trung ta')).toBe(false)
  })

  it('matches everything for a blank query and nothing in an empty haystack', () => {
    expect(matchesQuery(fields, '   ')).toBe(true)
    expect(matchesQuery([], 'a')).toBe(false)
  })
})

describe('buildSearchIndex', () => {
  const people = [
    { name: 'Võ Trọng Hải', unit: 'UBND tỉnh Hà Tĩnh' },
    { name: 'Nguyễn Xuân Thắng', unit: 'Bộ CHQS tỉnh Hà Tĩnh' },
    { name: 'Ngô Nam Cường', unit: 'Quân khu 4' },
    { name: 'Vũ Tiến Thắng', unit: 'Văn phòng UBND tỉnh' }
  ]
  const names = (list: typeof people) => list.map((p) => p.name)

  it('filters in the original order and gives every item for a blank query', () => {
    const index = buildSearchIndex(people, (p) => [p.name, p.unit])
    expect(names(index.filter('thang'))).toEqual(['Nguyễn Xuân Thắng', 'Vũ Tiến Thắng'])
    expect(index.filter('')).toHaveLength(4)
  })

  it('narrows while typing and widens again after a deletion', () => {
    const index = buildSearchIndex(people, (p) => [p.name, p.unit])
    expect(index.filter('n')).toHaveLength(4)
    expect(names(index.filter('ng'))).toEqual([
      'Võ Trọng Hải',
      'Nguyễn Xuân Thắng',
      'Ngô Nam Cường',
      'Vũ Tiến Thắng'
    ])
    expect(names(index.filter('ngo'))).toEqual(['Ngô Nam Cường'])
    expect(names(index.filter('ngo q'))).toEqual(['Ngô Nam Cường'])
    expect(names(index.filter('ngu'))).toEqual(['Nguyễn Xuân Thắng'])
    expect(names(index.filter('ubnd'))).toEqual(['Võ Trọng Hải', 'Vũ Tiến Thắng'])
  })

  it('returns a fresh array the caller may change', () => {
    const index = buildSearchIndex(people, (p) => [p.name])
    index.filter('').pop()
    expect(index.filter('')).toHaveLength(4)
  })
})
