import { describe, expect, it } from 'vitest'
import { moveItem } from './moveItem'

const list = ['Đón tiếp', 'Khai mạc', 'Báo cáo', 'Tham luận', 'Bế mạc'] as const

describe('moveItem', () => {
  it('moves down and up', () => {
    expect(moveItem(list, 0, 2)).toEqual(['Khai mạc', 'Báo cáo', 'Đón tiếp', 'Tham luận', 'Bế mạc'])
    expect(moveItem(list, 4, 1)).toEqual(['Đón tiếp', 'Bế mạc', 'Khai mạc', 'Báo cáo', 'Tham luận'])
    expect(moveItem(list, 3, 4)).toEqual(['Đón tiếp', 'Khai mạc', 'Báo cáo', 'Bế mạc', 'Tham luận'])
  })

  it('clamps targets, ignores a bad source and never mutates the input', () => {
    expect(moveItem(list, 1, 99)).toEqual(['Đón tiếp', 'Báo cáo', 'Tham luận', 'Bế mạc', 'Khai mạc'])
    expect(moveItem(list, 1, -3)).toEqual(['Khai mạc', 'Đón tiếp', 'Báo cáo', 'Tham luận', 'Bế mạc'])
    expect(moveItem(list, 7, 0)).toEqual([...list])
    expect(moveItem(list, 2, 2)).not.toBe(list)
    expect(moveItem([], 0, 0)).toEqual([])
    expect(list[0]).toBe('Đón tiếp')
  })

  it('keeps undefined entries of a list that holds them', () => {
    expect(moveItem([undefined, 1, 2], 0, 2)).toEqual([1, 2, undefined])
  })
})
