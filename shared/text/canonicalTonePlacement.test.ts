import { describe, expect, it } from 'vitest'
import { canonicalTonePlacement } from './canonicalTonePlacement'

describe('canonicalTonePlacement', () => {
  it('spells the old and the new tone placement alike', () => {
    expect(canonicalTonePlacement('Hòa Bình')).toBe(canonicalTonePlacement('Hoà Bình'))
    expect(canonicalTonePlacement('Thanh Hóa')).toBe('Thanh Hoá')
    expect(canonicalTonePlacement('khỏe')).toBe('khoẻ')
    expect(canonicalTonePlacement('Đồn Biên phòng Thủy An')).toBe('Đồn Biên phòng Thuỷ An')
    expect(canonicalTonePlacement('HÒA BÌNH')).toBe('HOÀ BÌNH')
    expect(canonicalTonePlacement('Hòa Bình'.normalize('NFD'))).toBe('Hoà Bình')
  })

  it('keeps different tones different', () => {
    expect(canonicalTonePlacement('Thanh Hóa')).not.toBe(canonicalTonePlacement('Thanh Hòa'))
  })

  it('leaves syllables with a final consonant, and "qu", as they are', () => {
    expect(canonicalTonePlacement('Hoàng Văn Thuyết')).toBe('Hoàng Văn Thuyết')
    expect(canonicalTonePlacement('Quý')).toBe('Quý')
    expect(canonicalTonePlacement('của')).toBe('của')
    expect(canonicalTonePlacement('Nguyễn Xuân Thắng')).toBe('Nguyễn Xuân Thắng')
  })
})
