import { describe, expect, it } from 'vitest'
import { findDuplicateGroups, mergeDelegates } from './findDuplicates'
import { newDelegate } from '../model/defaults'

describe('findDuplicateGroups', () => {
  it('groups the same name and unit regardless of case, diacritic form and spacing', () => {
    const delegates = [
      newDelegate('d1', { name: 'Nguyễn Xuân Thắng', unit: 'Bộ CHQS tỉnh Hà Tĩnh' }),
      newDelegate('d2', { name: 'Vũ Tiến Thắng', unit: 'Văn phòng UBND tỉnh' }),
      newDelegate('d3', { name: 'NGUYỄN  XUÂN THẮNG'.normalize('NFD'), unit: 'Bộ CHQS tỉnh Hà Tĩnh ' }),
      newDelegate('d4', { name: 'Nguyễn Xuân Thắng', unit: 'Công an tỉnh Hà Tĩnh' }),
      newDelegate('d5', { name: 'Vũ Tiến Thắng', unit: 'Văn phòng UBND tỉnh' }),
      newDelegate('d6', { name: 'nguyen xuan thang', unit: 'bo chqs tinh ha tinh' })
    ]
    expect(findDuplicateGroups(delegates)).toEqual([
      ['d1', 'd3', 'd6'],
      ['d2', 'd5']
    ])
  })

  it('is not fooled by zero-width joiners, bidi marks or soft hyphens inside a stored name or unit', () => {
    const delegates = [
      newDelegate('d1', { name: 'Lê Hữu Ân', unit: 'Ban CHQS huyện Kỳ Anh' }),
      newDelegate('d2', {
        name: 'Lê\u200d Hữu\u200b Ân\u200e',
        unit: 'Ban CHQS\u00ad huyện\u2068 Kỳ Anh\u2069'
      }),
      newDelegate('d3', { name: '\ufeffLê Hữu\u2060 Ân', unit: 'Ban CHQS huyện Kỳ\u202e Anh' })
    ]
    expect(findDuplicateGroups(delegates)).toEqual([['d1', 'd2', 'd3']])
  })

  it('never groups nameless rows and returns nothing for an empty list', () => {
    expect(findDuplicateGroups([newDelegate('a', { name: '' }), newDelegate('b', { name: ' ' })])).toEqual([])
    expect(findDuplicateGroups([])).toEqual([])
  })
})

describe('mergeDelegates', () => {
  it('fills the empty fields of the kept record and joins the notes', () => {
    const keep = newDelegate('d1', { name: 'Nguyễn Xuân Thắng', role: 'co-chair', notes: 'Báo cáo tổng kết' })
    const other1 = newDelegate('d3', {
      name: 'Nguyễn Xuân Thắng',
      rank: 'Đại tá',
      phone: '0912 345 678',
      notes: 'Báo cáo tổng kết',
      venueId: 'v1'
    })
    const other2 = newDelegate('d6', {
      name: 'x',
      rank: 'Thượng tá',
      position: 'Chỉ huy trưởng',
      notes: 'Ngồi hàng đầu',
      attendance: 'confirmed'
    })
    const merged = mergeDelegates(keep, [other1, other2])
    expect(merged).toMatchObject({
      id: 'd1',
      name: 'Nguyễn Xuân Thắng',
      role: 'co-chair',
      attendance: 'invited',
      rank: 'Đại tá',
      position: 'Chỉ huy trưởng',
      phone: '0912 345 678',
      venueId: 'v1',
      notes: 'Báo cáo tổng kết\nNgồi hàng đầu'
    })
    expect(keep.rank).toBe('')
  })

  it('returns an equal copy when there is nothing to merge', () => {
    const keep = newDelegate('d1', { name: 'Hồ Thị Vinh', rank: 'Đại tá' })
    expect(mergeDelegates(keep, [])).toEqual(keep)
  })
})
