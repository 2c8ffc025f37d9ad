import { describe, expect, it } from 'vitest'
import { countWords, estimateReadingMinutes } from './readingTime'
import { s } from './testSection'

describe('countWords', () => {
  it('counts Vietnamese words and figures, ignoring dashes and blanks', () => {
    expect(countWords('Phát hiện, xử lý 200 vụ/226 đối tượng')).toBe(8)
    expect(countWords('  Quốc phòng - an ninh  ')).toBe(4)
    expect(countWords('20.629 cuộc tuần tra')).toBe(4)
    expect(countWords('')).toBe(0)
    expect(countWords('Thắng'.normalize('NFD'))).toBe(1)
  })
})

describe('estimateReadingMinutes', () => {
  it('counts the title, headings, text and figures of every level', () => {
    const section = {
      ...s('I', 'Kết quả đạt được', [s('I1', 'Trao đổi thông tin', [], 'Trao đổi 207 thông tin')]),
      figures: [{ id: 'f', label: 'Cuộc tuần tra', value: '20.629', unit: 'cuộc' }]
    }
    // title 5 + heading 4 + figure 5 + heading 4 + text 5
    expect(estimateReadingMinutes({ title: 'Báo cáo tổng kết năm', sections: [section] }).words).toBe(23)
  })

  it('gives minutes at 120 words a minute with a 110–130 range, rounded up', () => {
    const text = Array.from({ length: 1300 }, () => 'từ').join(' ')
    const estimate = estimateReadingMinutes({ title: '', sections: [s('I', '', [], text)] })
    expect(estimate).toEqual({ words: 1300, minutes: 11, minMinutes: 10, maxMinutes: 12 })
    expect(estimateReadingMinutes({ title: '', sections: [s('I', '', [], text)] }, 100)).toMatchObject({
      minutes: 13,
      minMinutes: 12,
      maxMinutes: 15
    })
  })

  it('gives zero for an empty outline', () => {
    expect(estimateReadingMinutes({ title: '', sections: [] })).toEqual({
      words: 0,
      minutes: 0,
      minMinutes: 0,
      maxMinutes: 0
    })
  })
})
