import { describe, expect, it } from 'vitest'
import { cleanDocumentNumberInput, formatDocumentNumber } from './documentNumber'

describe('formatDocumentNumber', () => {
  it('pads numbers below 10 with a zero, as Decree 30/2020 asks', () => {
    expect(formatDocumentNumber('2')).toBe('02')
    expect(formatDocumentNumber(' 7 ')).toBe('07')
    expect(formatDocumentNumber('002')).toBe('02')
  })

  it('keeps numbers of two digits and more as they are, however long', () => {
    expect(formatDocumentNumber('10')).toBe('10')
    expect(formatDocumentNumber('135')).toBe('135')
    expect(formatDocumentNumber('12345678901234567890')).toBe('12345678901234567890')
  })

  it('prints only the number when the clerk typed the whole "02/CTr-UBND"', () => {
    expect(formatDocumentNumber('02/CTr-UBND')).toBe('02')
    expect(formatDocumentNumber('2 / CTr')).toBe('02')
  })

  it('prints anything else as typed, and nothing for an empty number', () => {
    expect(formatDocumentNumber('15a')).toBe('15a')
    expect(formatDocumentNumber('')).toBe('')
    expect(formatDocumentNumber('   ')).toBe('')
  })
})

describe('cleanDocumentNumberInput', () => {
  it('keeps digits, Latin letters, dots and hyphens, and drops the rest as typed', () => {
    expect(cleanDocumentNumberInput('02')).toBe('02')
    expect(cleanDocumentNumberInput('15a')).toBe('15a')
    expect(cleanDocumentNumberInput('02/CTr-UBND')).toBe('02CTr-UBND')
    expect(cleanDocumentNumberInput(' số 7 ')).toBe('s7')
  })
})
