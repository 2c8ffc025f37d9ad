import { describe, expect, it } from 'vitest'
import { parseWholeNumber, settleNumberDraft } from './numberDraft'

describe('parseWholeNumber', () => {
  it('reads whole numbers within the range', () => {
    expect(parseWholeNumber('15', 0, 1440)).toBe(15)
    expect(parseWholeNumber(' 015 ', 0, 1440)).toBe(15)
    expect(parseWholeNumber('0', 0, 1440)).toBe(0)
    expect(parseWholeNumber('1440', 0, 1440)).toBe(1440)
  })

  it('refuses empty, partial and out-of-range text instead of keeping an old digit', () => {
    expect(parseWholeNumber('', 0, 1440)).toBeNull()
    expect(parseWholeNumber('  ', 0, 1440)).toBeNull()
    expect(parseWholeNumber('-', 0, 1440)).toBeNull()
    expect(parseWholeNumber('1.5', 0, 1440)).toBeNull()
    expect(parseWholeNumber('1e3', 0, 1440)).toBeNull()
    expect(parseWholeNumber('1441', 0, 1440)).toBeNull()
    expect(parseWholeNumber('0', 1, 100)).toBeNull()
  })
})

describe('settleNumberDraft', () => {
  it('puts back the number held on entry when the cell is left empty, even if "1" was stored on the way', () => {
    // "10" → End, Backspace (stores 1), Backspace (empty) → leave the cell.
    expect(settleNumberDraft('', 10, 1, 0, 1440)).toEqual({ draft: '10', commit: 10 })
  })

  it('shows the stored number again without a new edit when nothing changed', () => {
    expect(settleNumberDraft('', 10, 10, 0, 1440)).toEqual({ draft: '10', commit: null })
    expect(settleNumberDraft('abc', 4, 4, 1, 100)).toEqual({ draft: '4', commit: null })
  })

  it('keeps a valid draft, tidied', () => {
    expect(settleNumberDraft('05', 10, 5, 0, 1440)).toEqual({ draft: '5', commit: null })
    expect(settleNumberDraft('25', 10, 10, 0, 1440)).toEqual({ draft: '25', commit: 25 })
  })
})
