import { describe, expect, it } from 'vitest'
import { newDelegate } from '../../../shared/model/defaults'
import { narrowSelection } from './narrowSelection'

const thang = newDelegate('d1', { name: 'Nguyễn Xuân Thắng', rank: 'Đại tá' })
const an = newDelegate('d2', { name: 'Lê Hữu Ân', rank: 'Thượng tá' })
const hai = newDelegate('d3', { name: 'Võ Trọng Hải' })

describe('narrowSelection', () => {
  it('drops the selected delegates a search hid, and the anchor with them', () => {
    const selection = { ids: new Set(['d1', 'd2', 'd3']), anchor: 'd2' }
    const narrowed = narrowSelection(selection, [thang, hai])
    expect([...narrowed.ids]).toEqual(['d1', 'd3'])
    expect(narrowed.anchor).toBeNull()
    expect(narrowSelection({ ids: new Set(['d1', 'd2']), anchor: 'd1' }, [thang]).anchor).toBe('d1')
  })

  it('returns the same selection when every selected delegate is still shown', () => {
    const selection = { ids: new Set(['d1', 'd3']), anchor: 'd1' }
    expect(narrowSelection(selection, [thang, an, hai])).toBe(selection)
    const none = { ids: new Set<string>(), anchor: null }
    expect(narrowSelection(none, [])).toBe(none)
  })
})
