import { describe, expect, it } from 'vitest'
import { positionLevel } from './positionLevel'

describe('positionLevel', () => {
  it('ranks heads above their deputies and deputies above the next step down', () => {
    expect(positionLevel('Bộ trưởng')).toBeGreaterThan(positionLevel('Thứ trưởng'))
    expect(positionLevel('Tư lệnh Quân khu 4')).toBeGreaterThan(positionLevel('Phó Tư lệnh Quân khu 4'))
    expect(positionLevel('Chủ tịch UBND tỉnh')).toBeGreaterThan(positionLevel('Phó Chủ tịch UBND tỉnh'))
    expect(positionLevel('Giám đốc Công an tỉnh')).toBeGreaterThan(positionLevel('Phó Giám đốc Công an tỉnh'))
    expect(positionLevel('Phó Giám đốc')).toBeGreaterThan(positionLevel('Trưởng phòng'))
    expect(positionLevel('Chỉ huy trưởng')).toBeGreaterThan(positionLevel('Phó Chỉ huy trưởng'))
    expect(positionLevel('Trưởng phòng')).toBeGreaterThan(positionLevel('Phó Trưởng phòng'))
    expect(positionLevel('Phó Trưởng phòng')).toBeGreaterThan(positionLevel('Đội trưởng'))
    expect(positionLevel('Đội trưởng')).toBeGreaterThan(positionLevel('Trợ lý'))
    expect(positionLevel('Trợ lý')).toBeGreaterThan(positionLevel('Chuyên viên'))
    expect(positionLevel('Chuyên viên')).toBeGreaterThan(positionLevel('Cán bộ'))
    expect(positionLevel('Chính trị viên phó')).toBeLessThan(positionLevel('Chính trị viên'))
  })

  it('matches whole words, so "phòng" is not a deputy and "Đồn trưởng" is found', () => {
    expect(positionLevel('Trưởng phòng Tham mưu')).toBe(positionLevel('Trưởng phòng'))
    expect(positionLevel('Đồn trưởng Đồn Biên phòng Cầu Treo')).toBeGreaterThan(positionLevel('Đội trưởng'))
  })

  it('is diacritic- and case-insensitive and takes the most senior of several posts', () => {
    expect(positionLevel('PHO CHU TICH UBND TINH')).toBe(positionLevel('Phó Chủ tịch UBND tỉnh'))
    expect(positionLevel('Phó Chủ tịch UBND tỉnh'.normalize('NFD'))).toBe(
      positionLevel('Phó Chủ tịch UBND tỉnh')
    )
    expect(positionLevel('Chuyên viên, kiêm Trưởng phòng')).toBe(positionLevel('Trưởng phòng'))
  })

  it('raises the score for party posts', () => {
    const plain = positionLevel('Chủ tịch UBND tỉnh')
    const standing = positionLevel('Chủ tịch UBND tỉnh', 'Ủy viên Ban Thường vụ Tỉnh ủy')
    expect(standing).toBeGreaterThan(plain)
    expect(positionLevel('Chủ tịch UBND tỉnh', 'Uỷ viên Ban Thường vụ Tỉnh uỷ')).toBe(standing)
    expect(positionLevel('', 'Phó Bí thư Tỉnh ủy')).toBeLessThan(positionLevel('', 'Bí thư Tỉnh ủy'))
    expect(positionLevel('', 'Phó Bí thư Tỉnh ủy')).toBeGreaterThan(
      positionLevel('', 'Ủy viên Ban Thường vụ Tỉnh ủy')
    )
  })

  it('gives 0 when nothing is recognised', () => {
    expect(positionLevel('')).toBe(0)
    expect(positionLevel('Phóng viên')).toBe(0)
  })
})
