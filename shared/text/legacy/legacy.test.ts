import { describe, expect, it } from 'vitest'
import { convertLegacyCell, decodeBytes, detectBytesEncoding, legacyFontEncoding } from './detectEncoding'
import { decodeTcvn3Text, encodeTcvn3 } from './tcvn3'
import { isVietnameseSyllable } from './vietnameseSyllable'
import { decodeVniText, encodeVni, encodeVniText } from './vni'

const MOTTO = 'Cộng hoà xã hội chủ nghĩa Việt Nam'
const NAMES =
  'Nguyễn Xuân Thắng, Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh; Võ Trọng Hải; Hồ Thị Vinh; Lê Hữu Ân; Hoàng Ngọc Ổn'

describe('TCVN3', () => {
  it('reads text shown in a .VnTime font', () => {
    expect(decodeTcvn3Text('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe(MOTTO)
    expect(decodeTcvn3Text('NguyÔn V¨n')).toBe('Nguyễn Văn')
  })
  it('round-trips the Vietnamese small letters through its bytes', () => {
    const lower = NAMES.toLowerCase()
    expect(decodeBytes(encodeTcvn3(lower), 'tcvn3')).toBe(lower)
    expect(decodeBytes(encodeTcvn3('Đại tá'), 'tcvn3')).toBe('Đại tá')
  })
})

describe('VNI', () => {
  it('reads base letters followed by mark bytes', () => {
    expect(decodeVniText('Nguyeãn Vaên')).toBe('Nguyễn Văn')
    expect(decodeVniText('Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam')).toBe(MOTTO)
    expect(decodeVniText('Tröôøng ÑAÏI HOÏC')).toBe('Trường ĐẠI HỌC')
  })
  it('round-trips capitals and small letters', () => {
    expect(decodeVniText(encodeVniText(NAMES))).toBe(NAMES)
    expect(decodeVniText(encodeVniText(NAMES.toUpperCase()))).toBe(NAMES.toUpperCase())
  })
})

describe('detection', () => {
  it('takes valid UTF-8 as UTF-8 and tells TCVN3 from VNI by how the words read', () => {
    expect(detectBytesEncoding(new TextEncoder().encode(NAMES)).encoding).toBe('utf-8')
    const tcvn = detectBytesEncoding(encodeTcvn3(NAMES))
    expect(tcvn.encoding).toBe('tcvn3')
    const vni = detectBytesEncoding(encodeVni(NAMES))
    expect(vni.encoding).toBe('vni')
    expect(vni.confidence).toBeGreaterThan(0.8)
  })
  it('knows the syllable shape', () => {
    expect(isVietnameseSyllable('Nguyễn')).toBe(true)
    expect(isVietnameseSyllable('nghiêng')).toBe(true)
    expect(isVietnameseSyllable('NguyÔn')).toBe(false)
    expect(isVietnameseSyllable('Nguyeón')).toBe(false)
  })
  it('converts a cell by its legacy look or its font, and leaves Unicode alone', () => {
    expect(convertLegacyCell('NguyÔn V¨n Hïng')).toEqual({ text: 'Nguyễn Văn Hùng', encoding: 'tcvn3' })
    expect(convertLegacyCell('Hoï vaø teân')).toEqual({ text: 'Họ và tên', encoding: 'vni' })
    expect(convertLegacyCell('Họ và tên')).toEqual({ text: 'Họ và tên', encoding: null })
    expect(convertLegacyCell('§¹i t¸', { name: '.VnTime' }).text).toBe('Đại tá')
    expect(convertLegacyCell('danh s¸ch', { name: '.VnTimeH' }).text).toBe('DANH SÁCH')
    expect(legacyFontEncoding('VNI-Times')).toBe('vni')
  })
})
