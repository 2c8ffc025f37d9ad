import { describe, expect, it } from 'vitest'
import { spokenPost, unambiguousPost } from './positionWithUnit'

describe('spokenPost', () => {
  it('leaves out the unit the position already names', () => {
    expect(spokenPost('Chủ tịch UBND tỉnh', 'UBND tỉnh Hà Tĩnh')).toBe('Chủ tịch UBND tỉnh')
    expect(spokenPost('Thứ trưởng Bộ Công an', 'Bộ Công an')).toBe('Thứ trưởng Bộ Công an')
    expect(spokenPost('Phó Tư lệnh Quân khu', 'Bộ Tư lệnh Quân khu 4')).toBe('Phó Tư lệnh Quân khu')
  })
  it('keeps a unit the position does not name', () => {
    expect(spokenPost('Chỉ huy trưởng', 'Bộ CHQS tỉnh Hà Tĩnh')).toBe('Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh')
    expect(spokenPost('Cục trưởng Cục Dân quân tự vệ', 'Bộ Tổng Tham mưu')).toBe(
      'Cục trưởng Cục Dân quân tự vệ, Bộ Tổng Tham mưu'
    )
  })
})

describe('unambiguousPost', () => {
  it('adds the province a position leaves out', () => {
    expect(unambiguousPost('Phó Chủ tịch UBND tỉnh', 'UBND tỉnh Nghệ An')).toBe(
      'Phó Chủ tịch UBND tỉnh Nghệ An'
    )
    expect(unambiguousPost('Chỉ huy trưởng', 'Bộ CHQS tỉnh Hà Tĩnh')).toBe(
      'Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh'
    )
    expect(unambiguousPost('Thứ trưởng Bộ Công an', 'Bộ Công an')).toBe('Thứ trưởng Bộ Công an')
  })
})
