import { describe, expect, it } from 'vitest'
import { buildRunningScript } from '../../shared/documents/buildRunningScript'
import { buildNationalConference, buildProvincialReview } from './signableFixtures'

const national = buildRunningScript(buildNationalConference(), 'vi')
const provincial = buildRunningScript(buildProvincialReview(), 'vi')
const all = (passages: typeof national) => passages.map((passage) => passage.words).join('\n')

describe('the MC script reads as a ceremony officer says it (issue 14, item 8)', () => {
  it('never says a label twice or an abbreviation as written', () => {
    for (const text of [all(national), all(provincial)]) {
      expect(text).not.toMatch(/điểm cầu Điểm cầu/iu)
      expect(text).not.toMatch(/đồng chí Điểm cầu/iu)
      expect(text).not.toContain('còn có cùng')
      expect(text).not.toMatch(/Bộ Công an, Bộ Công an/u)
      expect(text).not.toMatch(/UBND tỉnh, UBND tỉnh/u)
      // Abbreviations outside document numbers are spoken in full.
      const withoutNumbers = text.replace(/\S*\/\S*/g, '')
      expect(withoutNumbers).not.toMatch(/\b(UBND|HĐND|CHQS|BĐBP|BCH|QP - AN)\b/u)
    }
    expect(all(provincial)).toContain('quốc phòng, an ninh')
  })

  it('introduces the superior-level guest first, each person once', () => {
    const intro = provincial.find((passage) => passage.words.includes('Tới dự hội nghị'))?.words ?? ''
    const lines = intro.split('\n').filter((line) => line.startsWith('- Về phía'))
    expect(lines[0]).toBe(
      '- Về phía Bộ Tư lệnh Quân khu 4 có đồng chí Đại tá Ngô Nam Cường, Phó Tư lệnh Quân khu;'
    )
    for (const name of ['Võ Trọng Hải', 'Nguyễn Xuân Thắng', 'Ngô Nam Cường'])
      expect(intro.split(name).length - 1, name).toBe(1)
    // The Giám đốc sends a deputy: the deputy is introduced, under their own name, without the rank.
    expect(intro).toContain('đồng chí Trần Hồng Quảng')
    expect(intro).not.toContain('Nguyễn Hồng Phong')
  })

  it('introduces the main hall one by one, then each venue with its chair', () => {
    const intro = national.find((passage) => passage.words.includes('Tới dự hội nghị'))?.words ?? ''
    const venuesAt = intro.indexOf('Tham dự hội nghị tại các điểm cầu có:')
    expect(venuesAt).toBeGreaterThan(intro.indexOf('Hoàng Xuân Chiến'))
    expect(intro).toContain('- Tại điểm cầu Nghệ An có đồng chí')
    expect(intro.match(/^- Tại điểm cầu /gmu)?.length).toBe(89)
    expect(intro).toContain('- Cùng các đồng chí đại biểu tại các điểm cầu.')
  })

  it('hands over to a venue and invites each speaker in agenda order', () => {
    const words = national.map((passage) => passage.words)
    expect(words).toContain('Xin mời điểm cầu Nghệ An trình bày tham luận.')
    expect(national[1]?.words).toMatch(
      /^Xin trân trọng kính mời đồng chí Thượng tướng Hoàng Xuân Chiến.* lên phát biểu khai mạc hội nghị\.$/u
    )
    expect(national[0]?.item).toBe('Tuyên bố lý do, giới thiệu đại biểu')
  })

  it('reads each decision and calls the recipients to the stage', () => {
    const text = all(national)
    expect(text).toContain(
      'tôi xin công bố Quyết định số 1234/QĐ-BQP ngày 20/12/2024 của Bộ trưởng Bộ Quốc phòng về việc tặng Bằng khen cho 2 tập thể và 1 cá nhân'
    )
    expect(text).not.toContain('Quyết định số Quyết định số')
    expect(text).toContain('Xin trân trọng kính mời đại diện các tập thể: Bộ Chỉ huy Quân sự tỉnh Nghệ An')
    expect(text).toContain('lên nhận Bằng khen của Bộ trưởng Bộ Quốc phòng')
    expect(text).toContain('lên trao thưởng')
  })
})
