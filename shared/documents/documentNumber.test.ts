import { describe, expect, it } from 'vitest'
import { formatDocumentNumber } from './documentNumber'

describe('formatDocumentNumber', () => {
  it('pads numbers below 10 with a zero, as Decree 30/2020 asks', () => {
    expect(formatDocumentNumber('2')).toBe('02')
    expect(formatDocumentNumber(' 7 ')).toBe('07')
    expect(formatDocumentNumber('002')).toBe('02')
  })

  it('keeps numbers of two digits and more as they are', () => {
    expect(formatDocumentNumber('10')).toBe('10')
    expect(formatDocumentNumber('135')).toBe('135')
  })

  it('prints anything else as typed, and nothing for an empty number', () => {
    expect(formatDocumentNumber('15a')).toBe('15a')
    expect(formatDocumentNumber('')).toBe('')
    expect(formatDocumentNumber('   ')).toBe('')
  })
})
