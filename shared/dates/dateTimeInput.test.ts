import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatDateInput,
  maskDateInput,
  maskTimeInput,
  parseDateInput,
  parseTimeInput
} from './dateTimeInput'

describe('dates as dd/mm/yyyy', () => {
  it('shows an ISO date day first', () => {
    expect(formatDateInput('2023-12-26')).toBe('26/12/2023')
    expect(formatDateInput('')).toBe('')
  })

  it('reads day, month, year in that order, never month first', () => {
    expect(parseDateInput('26/12/2023')).toBe('2023-12-26')
    expect(parseDateInput('06/01/2024')).toBe('2024-01-06')
    expect(parseDateInput('6-1-2024')).toBe('2024-01-06')
    expect(parseDateInput('26.12.2023')).toBe('2023-12-26')
    expect(parseDateInput(' 26 / 12 / 2023 ')).toBe('2023-12-26')
    expect(parseDateInput('26122023')).toBe('2023-12-26')
    expect(parseDateInput('26/12/23')).toBe('2023-12-26')
    // 12/26/2023 as an American system would write it is no date here.
    expect(parseDateInput('12/26/2023')).toBeNull()
  })

  it('refuses days that do not exist', () => {
    expect(parseDateInput('29/02/2023')).toBeNull()
    expect(parseDateInput('29/02/2024')).toBe('2024-02-29')
    expect(parseDateInput('31/04/2024')).toBeNull()
    expect(parseDateInput('00/01/2024')).toBeNull()
    expect(parseDateInput('26/12')).toBeNull()
    expect(parseDateInput('ngày 26')).toBeNull()
    expect(parseDateInput('')).toBeNull()
  })

  it('puts the slashes in while digits are typed', () => {
    expect(['2', '26', '261', '2612', '26122', '26122023', '261220231'].map(maskDateInput)).toEqual([
      '2',
      '26',
      '26/1',
      '26/12',
      '26/12/2',
      '26/12/2023',
      '26/12/2023'
    ])
    // Typing on after the mask's slash, and deleting back over it.
    expect(['26/1', '26/12', '26/122', '26/12/2024'].map(maskDateInput)).toEqual([
      '26/1',
      '26/12',
      '26/12/2',
      '26/12/2024'
    ])
    expect(maskDateInput('26/12/')).toBe('26/12')
    expect(maskDateInput('6/1/2024')).toBe('6/1/2024')
    expect(maskDateInput('26-12-2024')).toBe('26-12-2024')
  })

  it('reads back every date it shows', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10)
          expect(parseDateInput(formatDateInput(iso))).toBe(iso)
          expect(parseDateInput(maskDateInput(formatDateInput(iso).replace(/\//g, '')))).toBe(iso)
        }
      )
    )
  })
})

describe('times as 24-hour HH:MM', () => {
  it('reads the ways a clerk writes a time', () => {
    expect(parseTimeInput('14:30')).toBe('14:30')
    expect(parseTimeInput('8:05')).toBe('08:05')
    expect(parseTimeInput('14h30')).toBe('14:30')
    expect(parseTimeInput('7g30')).toBe('07:30')
    expect(parseTimeInput('14.30')).toBe('14:30')
    expect(parseTimeInput('14h')).toBe('14:00')
    expect(parseTimeInput('14')).toBe('14:00')
    expect(parseTimeInput('1430')).toBe('14:30')
    expect(parseTimeInput('830')).toBe('08:30')
  })

  it('refuses what is no clock time, and 12-hour suffixes', () => {
    expect(parseTimeInput('24:00')).toBeNull()
    expect(parseTimeInput('12:60')).toBeNull()
    expect(parseTimeInput('2:30 PM')).toBeNull()
    expect(parseTimeInput('')).toBeNull()
  })

  it('puts the colon in after four digits', () => {
    expect(maskTimeInput('143')).toBe('143')
    expect(maskTimeInput('1430')).toBe('14:30')
    expect(maskTimeInput('14:30')).toBe('14:30')
  })
})
