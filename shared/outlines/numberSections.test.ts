import { describe, expect, it } from 'vitest'
import { numberSections, sectionLabel, toPointLetter, toRoman } from './numberSections'
import { moveSection } from './sectionTree'
import { s } from './testSection'

const outline = [
  s('kq', 'Kết quả đạt được', [
    s('kq1', 'Trao đổi thông tin', [s('kq1a', 'Nắm tình hình', [s('deep', 'Chi tiết')]), s('kq1b')]),
    s('kq2')
  ]),
  s('hc', 'Tồn tại, hạn chế'),
  s('nn', 'Nguyên nhân', [s('nn1'), s('nn2')])
]

const numbers = (sections: Parameters<typeof numberSections>[0]) =>
  numberSections(sections).map((n) => `${n.id}:${n.number}`)

describe('toRoman', () => {
  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90, 400, 1994, 3999].map(toRoman)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'IX',
      'X',
      'XIV',
      'XL',
      'XC',
      'CD',
      'MCMXCIV',
      'MMMCMXCIX'
    ])
    expect(toRoman(0)).toBe('')
    expect(toRoman(-1)).toBe('')
    expect(toRoman(1.5)).toBe('')
  })
})

describe('toPointLetter', () => {
  it('follows the Vietnamese alphabet (đ after d, no f) and doubles past y', () => {
    expect([1, 4, 5, 6, 7].map(toPointLetter)).toEqual(['a', 'd', 'đ', 'e', 'g'])
    expect(toPointLetter(23)).toBe('y')
    expect(toPointLetter(24)).toBe('aa')
  })
})

describe('numberSections', () => {
  it('numbers I, 1, a, then dashes, in pre-order with paths', () => {
    const numbered = numberSections(outline)
    expect(numbered.map((n) => [n.id, n.number, n.depth, n.path])).toEqual([
      ['kq', 'I', 0, [0]],
      ['kq1', '1', 1, [0, 0]],
      ['kq1a', 'a', 2, [0, 0, 0]],
      ['deep', '-', 3, [0, 0, 0, 0]],
      ['kq1b', 'b', 2, [0, 0, 1]],
      ['kq2', '2', 1, [0, 1]],
      ['hc', 'II', 0, [1]],
      ['nn', 'III', 0, [2]],
      ['nn1', '1', 1, [2, 0]],
      ['nn2', '2', 1, [2, 1]]
    ])
    expect(numbered[0]?.section.heading).toBe('Kết quả đạt được')
    expect(numberSections([])).toEqual([])
  })

  it('renumbers after a move', () => {
    const moved = moveSection(outline, 'nn', null, 0)
    expect(numbers(moved).slice(0, 4)).toEqual(['nn:I', 'nn1:1', 'nn2:2', 'kq:II'])
    expect(numbers(moved)).toContain('hc:III')
    const demoted = moveSection(outline, 'hc', 'kq', 0)
    expect(numbers(demoted).slice(0, 2)).toEqual(['kq:I', 'hc:1'])
    expect(numbers(demoted)).toContain('kq1:2')
    expect(numbers(demoted)).toContain('nn:II')
  })

  it('prints labels as documents do', () => {
    expect(numberSections(outline).map(sectionLabel).slice(0, 4)).toEqual(['I.', '1.', 'a)', '-'])
  })
})
