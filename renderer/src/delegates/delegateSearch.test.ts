import { afterEach, describe, expect, it, vi } from 'vitest'
import { newDelegate } from '../../../shared/model/defaults'
import * as fold from '../../../shared/text/foldForSearch'
import { delegateSearchIndex } from './delegateSearch'

vi.mock('../../../shared/text/foldForSearch', { spy: true })

const delegates = [
  newDelegate('d1', { name: 'Nguyễn Xuân Thắng', rank: 'Đại tá', unit: 'Bộ CHQS tỉnh Hà Tĩnh' }),
  newDelegate('d2', { name: 'Lê Hữu Ân', rank: 'Thượng tá', unit: 'Ban CHQS huyện Kỳ Anh' }),
  newDelegate('d3', { name: 'Trần Thị Hương', position: 'Phó Chủ tịch', unit: 'UBND huyện Hương Khê' })
]

afterEach(() => vi.mocked(fold.foldForSearch).mockClear())

describe('delegateSearchIndex', () => {
  it('finds delegates without diacritics, in capitals and across fields, in list order', () => {
    const index = delegateSearchIndex(delegates)
    expect(index.filter('nguyen xuan thang').map((d) => d.id)).toEqual(['d1'])
    expect(index.filter('ĐẠI TÁ').map((d) => d.id)).toEqual(['d1'])
    expect(index.filter('huong khe').map((d) => d.id)).toEqual(['d3'])
    expect(index.filter('chqs').map((d) => d.id)).toEqual(['d1', 'd2'])
    // Typing on narrows, backspacing widens again.
    expect(index.filter('chqs h').map((d) => d.id)).toEqual(['d1', 'd2'])
    expect(index.filter('chqs huyen').map((d) => d.id)).toEqual(['d2'])
    expect(index.filter('ch').map((d) => d.id)).toEqual(['d1', 'd2', 'd3'])
    expect(index.filter('  ').map((d) => d.id)).toEqual(['d1', 'd2', 'd3'])
  })

  it('re-folds only the delegates that changed since an earlier index', () => {
    delegateSearchIndex(delegates)
    vi.mocked(fold.foldForSearch).mockClear()
    const edited = {
      ...delegates[1],
      notes: 'Đề nghị bố trí ghế hàng đầu',
      name: 'Lê Hữu Ấn'
    } as (typeof delegates)[1]
    const index = delegateSearchIndex([delegates[0], edited, delegates[2]].flatMap((d) => (d ? [d] : [])))
    expect(fold.foldForSearch).toHaveBeenCalledTimes(1)
    expect(index.filter('le huu an').map((d) => d.name)).toEqual(['Lê Hữu Ấn'])
  })
})
