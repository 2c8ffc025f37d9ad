import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeDocumentText } from './normalizeDocumentText'
import { normalizeMultilineText, normalizeText } from './normalizeText'

describe('normalizeText', () => {
  it('composes decomposed Vietnamese to NFC', () => {
    const nfd = 'Nguyễn Xuân Thắng'.normalize('NFD')
    expect(nfd).not.toBe('Nguyễn Xuân Thắng'.normalize('NFC'))
    expect(normalizeText(nfd)).toBe('Nguyễn Xuân Thắng'.normalize('NFC'))
  })

  it('trims and collapses runs of blanks, including tabs and no-break spaces', () => {
    expect(normalizeText('  Bộ CHQS\u00a0\u00a0 tỉnh\tHà   Tĩnh  ')).toBe('Bộ CHQS tỉnh Hà Tĩnh')
  })

  it('keeps paragraphs in multi-line text but tidies each line', () => {
    expect(normalizeMultilineText(' Kết quả đạt được:  \r\n\r\n\r\n  200 vụ / 226 đối tượng ')).toBe(
      'Kết quả đạt được:\n\n200 vụ / 226 đối tượng'
    )
  })

  it('gives the same result as the plain, slow definition for any input (fast path is safe)', () => {
    const slow = (value: string) =>
      value
        .normalize('NFC')
        .replace(/[\s\u00a0]+/g, ' ')
        .trim()
    const vietnamese = fc.constantFrom(
      ...'aăâeêioôơuưyđ \t\u00a0\u0300\u0301\u0303\u0309\u0323ĐÁẮẤ'.split('')
    )
    fc.assert(
      fc.property(
        fc.array(vietnamese).map((chars) => chars.join('')),
        (value) => {
          expect(normalizeText(value)).toBe(slow(value))
        }
      ),
      { numRuns: 2000 }
    )
    const blanks = fc.constantFrom(...' \t\n\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeffaĐ!'.split(''))
    fc.assert(
      fc.property(
        fc.array(blanks).map((chars) => chars.join('')),
        (value) => {
          expect(normalizeText(value)).toBe(slow(value))
        }
      ),
      { numRuns: 3000 }
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        expect(normalizeText(value)).toBe(slow(value))
      }),
      { numRuns: 1000 }
    )
  })
})

describe('normalizeMultilineText', () => {
  it('gives the same result as the plain definition for any mix of blanks and line breaks', () => {
    const slow = (value: string) =>
      value
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.replace(/[\t \u00a0]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    const chars = fc.constantFrom(...' \t\n\r\u00a0\u2028\u202f\u3000ảĐ\u0301x'.split(''))
    fc.assert(
      fc.property(
        fc.array(chars).map((list) => list.join('')),
        (value) => {
          expect(normalizeMultilineText(value)).toBe(slow(value))
        }
      ),
      { numRuns: 3000 }
    )
  })
})

describe('normalizeDocumentText', () => {
  it('normalises every string of a nested document and keeps paragraphs only where text is prose', () => {
    const input = {
      conference: { title: '  Hội nghị   tổng kết ', legalBasis: 'Căn cứ\nNghị định số 03/2019/NĐ-CP ' },
      delegates: [{ name: 'Võ  Trọng Hải'.normalize('NFD'), notes: 'dòng 1\n dòng 2' }],
      count: 3,
      flag: true,
      empty: null
    }
    expect(normalizeDocumentText(input)).toEqual({
      conference: { title: 'Hội nghị tổng kết', legalBasis: 'Căn cứ\nNghị định số 03/2019/NĐ-CP' },
      delegates: [{ name: 'Võ Trọng Hải', notes: 'dòng 1\ndòng 2' }],
      count: 3,
      flag: true,
      empty: null
    })
  })
})
