import { describe, expect, it } from 'vitest'
import { guessAwardCategory, parseRecipientType } from './awardCategory'
import { authorityLevel } from './authorityLevel'

describe('guessAwardCategory', () => {
  it('recognises emulation titles', () => {
    for (const title of [
      'Cờ thi đua xuất sắc',
      'Cờ thi đua của UBND tỉnh',
      'Chiến sĩ thi đua cơ sở',
      'Đơn vị quyết thắng',
      'Tập thể lao động xuất sắc',
      'Đơn vị tiên tiến',
      'Chiến sĩ tiên tiến',
      'CỜ THI ĐUA'.normalize('NFD')
    ])
      expect(guessAwardCategory(title), title).toBe('title')
  })

  it('recognises forms of commendation and defaults to a form', () => {
    for (const form of [
      'Huân chương Bảo vệ Tổ quốc hạng Ba',
      'Huy chương Chiến sĩ vẻ vang',
      'Bằng khen',
      'Giấy khen',
      'Kỷ niệm chương',
      'Danh hiệu vinh dự Nhà nước',
      'Phần thưởng'
    ])
      expect(guessAwardCategory(form), form).toBe('form')
  })
})

describe('parseRecipientType', () => {
  it('reads the sample column words', () => {
    expect(parseRecipientType('Tập thể')).toBe('collective')
    expect(parseRecipientType('Cá nhân')).toBe('individual')
    expect(parseRecipientType(' CÁ NHÂN ')).toBe('individual')
    expect(parseRecipientType('tap the')).toBe('collective')
    expect(parseRecipientType('')).toBeNull()
    expect(parseRecipientType('Gia đình')).toBeNull()
  })
})

describe('authorityLevel', () => {
  it('puts the military region above the province, the province above its departments and districts', () => {
    expect(authorityLevel('Quân khu 4')).toBeGreaterThan(authorityLevel('UBND tỉnh Hà Tĩnh'))
    expect(authorityLevel('Chủ tịch UBND tỉnh')).toBeGreaterThan(authorityLevel('Bộ CHQS tỉnh Hậu Giang'))
    expect(authorityLevel('Công an tỉnh Hậu Giang')).toBe(authorityLevel('Bộ CHQS tỉnh Hậu Giang'))
    expect(authorityLevel('Công an tỉnh Hậu Giang')).toBeGreaterThan(authorityLevel('UBND huyện Lộc Hà'))
    expect(authorityLevel('Thủ tướng Chính phủ')).toBeGreaterThan(authorityLevel('Bộ Quốc phòng'))
  })
})
