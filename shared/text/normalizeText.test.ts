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
        // eslint-disable-next-line no-control-regex -- control characters go, as do invisible marks
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
        .replace(/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
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

describe('invisible and control characters', () => {
  const INVISIBLE = {
    'zero-width joiner': '\u200d',
    'zero-width non-joiner': '\u200c',
    'zero-width space': '\u200b',
    'word joiner': '\u2060',
    'BOM inside text': '\ufeff',
    'left-to-right mark': '\u200e',
    'right-to-left mark': '\u200f',
    'right-to-left override': '\u202e',
    'first-strong isolate': '\u2068',
    'pop directional isolate': '\u2069',
    'soft hyphen': '\u00ad',
    'Arabic letter mark': '\u061c'
  }
  it.each(Object.entries(INVISIBLE))('a %s in a name or unit is dropped', (_, mark) => {
    expect(normalizeText(`Nguy${mark}ễn Xuân${mark} Thắng`)).toBe('Nguyễn Xuân Thắng')
    expect(normalizeText(`${mark}Bộ CHQS tỉnh Hà Tĩnh${mark}`)).toBe('Bộ CHQS tỉnh Hà Tĩnh')
  })

  it('composes a letter and its mark that a joiner kept apart', () => {
    expect(normalizeText('Nguye\u200d\u0302\u0303n')).toBe('Nguyễn')
  })

  it('drops control characters and half characters from one-line and multi-line text alike', () => {
    expect(normalizeText('Lý Hữu\u001b[2J Ánh\u0083\ud83d')).toBe('Lý Hữu[2J Ánh')
    expect(normalizeMultilineText('Kết quả:\u0007\n200 vụ\udc00')).toBe('Kết quả:\n200 vụ')
    expect(normalizeDocumentText({ conference: { title: 'Hội nghị\u0000 năm 2023\u009f' } })).toEqual({
      conference: { title: 'Hội nghị năm 2023' }
    })
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
