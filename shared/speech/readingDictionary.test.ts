import { describe, expect, it } from 'vitest'
import { readAloud } from './readingDictionary'

describe('readAloud', () => {
  it('speaks the common abbreviations in full', () => {
    expect(readAloud('Hội nghị tổng kết công tác QP - AN năm 2023')).toBe(
      'Hội nghị tổng kết công tác quốc phòng, an ninh năm 2023'
    )
    expect(readAloud('Chủ tịch UBND tỉnh')).toBe('Chủ tịch Ủy ban nhân dân tỉnh')
    expect(readAloud('Thường trực HĐND tỉnh')).toBe('Thường trực Hội đồng nhân dân tỉnh')
    expect(readAloud('Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh')).toBe(
      'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh'
    )
    expect(readAloud('BĐBP tỉnh, LLVT tỉnh')).toBe('Bộ đội Biên phòng tỉnh, lực lượng vũ trang tỉnh')
    expect(readAloud('phát triển KT-XH')).toBe('phát triển kinh tế - xã hội')
    expect(readAloud('Ban CHQS huyện Kỳ Anh')).toBe('Ban Chỉ huy Quân sự huyện Kỳ Anh')
  })

  it('reads document numbers as written', () => {
    expect(readAloud('Quyết định số 3456/QĐ-UBND ngày 20/12/2023')).toBe(
      'Quyết định số 3456/QĐ-UBND ngày 20/12/2023'
    )
    expect(readAloud('Nghị định số 03/2019/NĐ-CP')).toBe('Nghị định số 03/2019/NĐ-CP')
    expect(readAloud('789/QĐ-BCH')).toBe('789/QĐ-BCH')
  })

  it('leaves words that merely contain the letters alone', () => {
    expect(readAloud('TPHCM và BCHX')).toBe('TPHCM và BCHX')
  })
})
