import { describe, expect, it } from 'vitest'
import type { Delegate } from '../../../shared/model/conference'
import { newDelegate } from '../../../shared/model/defaults'
import { createDuplicateMemo, sameDuplicateInputs } from './duplicateMemo'

const list: Delegate[] = [
  newDelegate('d1', { name: 'Nguyễn Xuân Thắng', unit: 'Bộ CHQS tỉnh Hà Tĩnh' }),
  newDelegate('d2', { name: 'Võ Trọng Hải', unit: 'UBND tỉnh Hà Tĩnh' }),
  newDelegate('d3', { name: 'NGUYỄN XUÂN THẮNG', unit: 'Bộ CHQS tỉnh Hà Tĩnh' })
]
const edit = (delegates: Delegate[], index: number, patch: Partial<Delegate>) =>
  delegates.map((delegate, at) => (at === index ? { ...delegate, ...patch } : delegate))

describe('duplicate groups memo', () => {
  it('keeps the previous groups when only fields the check ignores changed', () => {
    const memo = createDuplicateMemo()
    const groups = memo(list)
    expect(groups).toEqual([['d1', 'd3']])
    const notes = edit(list, 0, { notes: 'Đến muộn 15 phút', phone: '0912 345 678', attendance: 'confirmed' })
    expect(sameDuplicateInputs(list, notes)).toBe(true)
    expect(memo(notes)).toBe(groups)
  })

  it('recomputes when a name, a unit or the order changes', () => {
    const memo = createDuplicateMemo()
    memo(list)
    const renamed = edit(list, 2, { name: 'Nguyễn Văn Thắng' })
    expect(sameDuplicateInputs(list, renamed)).toBe(false)
    expect(memo(renamed)).toEqual([])
    const moved = edit(renamed, 1, { unit: 'Bộ CHQS tỉnh Hà Tĩnh', name: 'Nguyễn Xuân Thắng' })
    expect(memo(moved)).toEqual([['d1', 'd2']])
    expect(memo([...moved].reverse())).toEqual([['d2', 'd1']])
  })
})
