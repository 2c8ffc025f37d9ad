import { describe, expect, it } from 'vitest'
import { awardHeading, decisionReference, suggestAuthorityTitle } from './awardHeading'

describe('award headings', () => {
  it('names the signer of certificates and the body of flags', () => {
    expect(awardHeading({ form: 'Bằng khen', authority: 'Bộ Quốc phòng', authorityTitle: '' })).toBe(
      'Bằng khen của Bộ trưởng Bộ Quốc phòng'
    )
    expect(awardHeading({ form: 'Giấy khen', authority: 'Bộ CHQS tỉnh', authorityTitle: '' })).toBe(
      'Giấy khen của Chỉ huy trưởng Bộ CHQS tỉnh'
    )
    expect(awardHeading({ form: 'Cờ thi đua', authority: 'UBND tỉnh Hà Tĩnh', authorityTitle: '' })).toBe(
      'Cờ thi đua của Ủy ban nhân dân tỉnh Hà Tĩnh'
    )
    expect(awardHeading({ form: 'Bằng khen', authority: 'Bộ Tư lệnh Quân khu 4', authorityTitle: '' })).toBe(
      'Bằng khen của Tư lệnh Quân khu 4'
    )
  })

  it('lets the clerk’s signer title win', () => {
    expect(
      awardHeading({
        form: 'Bằng khen',
        authority: 'UBND tỉnh',
        authorityTitle: 'Phó Chủ tịch Thường trực UBND tỉnh'
      })
    ).toBe('Bằng khen của Phó Chủ tịch Thường trực UBND tỉnh')
    expect(suggestAuthorityTitle('Công an tỉnh Hà Tĩnh')).toBe('Giám đốc Công an tỉnh Hà Tĩnh')
    expect(suggestAuthorityTitle('Hợp tác xã')).toBe('')
  })

  it('prints "Quyết định số" once whatever the cell says', () => {
    expect(decisionReference('Quyết định số 1234/QĐ-BQP')).toBe('1234/QĐ-BQP')
    expect(decisionReference('QĐ số 1234/QĐ-BQP')).toBe('1234/QĐ-BQP')
    expect(decisionReference('Số: 1234/QĐ-BQP')).toBe('1234/QĐ-BQP')
    expect(decisionReference('1234/QĐ-BQP')).toBe('1234/QĐ-BQP')
  })
})
