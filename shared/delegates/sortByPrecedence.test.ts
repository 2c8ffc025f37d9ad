import { describe, expect, it } from 'vitest'
import type { Delegate } from '../model/conference'
import { sortByPrecedence } from './sortByPrecedence'

type Row = Pick<Delegate, 'role' | 'rank' | 'position' | 'partyPosts' | 'name'>
const row = (name: string, role: Delegate['role'], rank: string, position: string, partyPosts = ''): Row => ({
  name,
  role,
  rank,
  position,
  partyPosts
})

describe('sortByPrecedence', () => {
  it('puts chair, co-chairs (in input order), guests, then delegates by rank and post — Hà Tĩnh 2023', () => {
    const input = [
      row('Đỗ Xuân Thanh', 'delegate', 'Đại úy', 'Phó Trưởng phòng'),
      row('Phan Quang Nghĩa', 'delegate', '', 'Trưởng phòng'),
      row('Ngô Nam Cường', 'guest', 'Đại tá', 'Phó Tư lệnh Quân khu 4'),
      row('Phạm Thanh Phương', 'co-chair', 'Đại tá', 'Phó Giám đốc'),
      row('Lê Hữu Ân', 'delegate', 'Đại tá', 'Phó Chỉ huy trưởng'),
      row('Nguyễn Xuân Thắng', 'co-chair', 'Đại tá', 'Chỉ huy trưởng'),
      row('Vũ Ngọc Tuấn', 'delegate', 'Đại tá', 'Chỉ huy trưởng'),
      row('Võ Trọng Hải', 'chair', '', 'Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy'),
      row('Âu Anh Thanh', 'delegate', 'Thiếu tướng', 'Chuyên viên'),
      row('Trịnh Việt Thắng', 'delegate', 'Trung tá', 'Phó Trưởng phòng'),
      row('Phạm Tiến Sơn', 'delegate', 'Trung tá', 'Đồn trưởng')
    ]
    expect(sortByPrecedence(input).map((d) => d.name)).toEqual([
      'Võ Trọng Hải',
      'Phạm Thanh Phương',
      'Nguyễn Xuân Thắng',
      'Ngô Nam Cường',
      'Âu Anh Thanh',
      'Vũ Ngọc Tuấn',
      'Lê Hữu Ân',
      'Phạm Tiến Sơn',
      'Trịnh Việt Thắng',
      'Đỗ Xuân Thanh',
      'Phan Quang Nghĩa'
    ])
  })

  it('orders guests by the level of their post before their rank', () => {
    const input = [
      row('Ngô Nam Cường', 'guest', 'Đại tá', 'Phó Tư lệnh Quân khu 4'),
      row('Lê Ngọc Châu', 'guest', '', 'Bí thư Tỉnh ủy'),
      row('Trần Văn Sơn', 'guest', 'Thiếu tướng', 'Phó Tư lệnh Quân khu 4')
    ]
    expect(sortByPrecedence(input).map((d) => d.name)).toEqual([
      'Lê Ngọc Châu',
      'Trần Văn Sơn',
      'Ngô Nam Cường'
    ])
  })

  it('keeps input order on ties and leaves the input untouched', () => {
    const input = [
      row('Hoàng Ngọc Ổn', 'delegate', '', 'Chuyên viên'),
      row('Đoàn Trọng Ân', 'delegate', '', 'Chuyên viên'),
      row('Bùi Anh Việt', 'secretary', '', 'Chuyên viên')
    ]
    const copy = [...input]
    expect(sortByPrecedence(input)).toEqual(copy)
    expect(input).toEqual(copy)
    expect(sortByPrecedence([])).toEqual([])
  })

  it('keeps the extra fields of the items it sorts', () => {
    const input = [
      { ...row('Ngô Hồng An', 'delegate', 'Trung tá', ''), id: 'x' },
      { ...row('Võ Trọng Hải', 'chair', '', ''), id: 'y' }
    ]
    expect(sortByPrecedence(input).map((d) => d.id)).toEqual(['y', 'x'])
  })
})
