import { describe, expect, it } from 'vitest'
import { headerLines } from './headerLines'

// About 8 pt per capital at 13 pt bold: a 187 pt column holds ~23 letters.
const measure = (line: string) => line.length * 8
const wrap = (line: string) => [line]

describe('headerLines', () => {
  it('breaks before the province, never inside its name', () => {
    expect(headerLines('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 187, measure, wrap)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ TĨNH'
    ])
    expect(headerLines('BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH', 187, measure, wrap)).toEqual([
      'BỘ CHỈ HUY QUÂN SỰ',
      'TỈNH HÀ TĨNH'
    ])
  })

  it('keeps "BỘ CHQS" and "THỊ XÃ" together', () => {
    const lines = headerLines('BAN CHỈ HUY QUÂN SỰ THỊ XÃ HỒNG LĨNH', 187, measure, wrap)
    expect(lines).toEqual(['BAN CHỈ HUY QUÂN SỰ', 'THỊ XÃ HỒNG LĨNH'])
    const chqs = headerLines('PHÒNG THAM MƯU BỘ CHQS TỈNH HÀ TĨNH', 187, measure, wrap)
    expect(chqs.join('|')).not.toMatch(/BỘ\|CHQS/)
    expect(chqs.join('|')).not.toMatch(/HÀ\|TĨNH/)
  })

  it('breaks where the clerk put the break', () => {
    expect(headerLines('BỘ TƯ LỆNH\nQUÂN KHU 4', 187, measure, wrap)).toEqual(['BỘ TƯ LỆNH', 'QUÂN KHU 4'])
  })

  it('keeps a short body on one line', () => {
    expect(headerLines('BỘ QUỐC PHÒNG', 187, measure, wrap)).toEqual(['BỘ QUỐC PHÒNG'])
  })
})
