import { describe, expect, it } from 'vitest'
import { canonicalRank, RANKS, rankLevel } from './ranks'

describe('rankLevel', () => {
  it('orders the twelve officer ranks from Đại tướng down to Thiếu úy', () => {
    expect(RANKS.map((r) => r.label)).toEqual([
      'Đại tướng',
      'Thượng tướng',
      'Trung tướng',
      'Thiếu tướng',
      'Đại tá',
      'Thượng tá',
      'Trung tá',
      'Thiếu tá',
      'Đại úy',
      'Thượng úy',
      'Trung úy',
      'Thiếu úy'
    ])
    const levels = RANKS.map((r) => rankLevel(r.label))
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThan(levels[i - 1] ?? 0)
    expect(Math.min(...levels)).toBeGreaterThan(0)
  })

  it('accepts spelling variants, case, NFD and trailing words', () => {
    const daiUy = rankLevel('Đại úy')
    expect(rankLevel('Đại uý')).toBe(daiUy)
    expect(rankLevel('ĐẠI ÚY')).toBe(daiUy)
    expect(rankLevel('Đại úy'.normalize('NFD'))).toBe(daiUy)
    expect(rankLevel('dai uy')).toBe(daiUy)
    expect(rankLevel('Thiếu tướng, PGS.TS')).toBe(rankLevel('Thiếu tướng'))
    expect(rankLevel('Thượng uý')).toBe(rankLevel('Thượng úy'))
  })

  it('gives 0 for no rank or an unknown word, and keeps soldiers below officers', () => {
    expect(rankLevel('')).toBe(0)
    expect(rankLevel('Kỹ sư')).toBe(0)
    expect(rankLevel('Đại')).toBe(0)
    expect(rankLevel('Thượng sĩ')).toBeGreaterThan(0)
    expect(rankLevel('Thượng sĩ')).toBeLessThan(rankLevel('Thiếu úy'))
  })

  it('gives the standard spelling', () => {
    expect(canonicalRank('dai uy')).toBe('Đại úy')
    expect(canonicalRank('Kỹ sư')).toBeNull()
  })
})
