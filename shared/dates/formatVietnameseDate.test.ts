import { describe, expect, it } from 'vitest'
import { AppError } from '../errors/appError'
import {
  formatEnglishDate,
  formatShortVietnameseDate,
  formatVietnameseDate,
  formatVietnameseTime
} from './formatVietnameseDate'

describe('formatVietnameseDate', () => {
  it('writes place and date as Decree 30 does', () => {
    expect(formatVietnameseDate('2023-12-26', 'Hà Tĩnh')).toBe('Hà Tĩnh, ngày 26 tháng 12 năm 2023')
  })

  it('pads days below 10 and the months 1 and 2 only', () => {
    expect(formatVietnameseDate('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020')
    expect(formatVietnameseDate('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024')
    expect(formatVietnameseDate('2024-03-09')).toBe('ngày 09 tháng 3 năm 2024')
    expect(formatVietnameseDate('2024-10-10')).toBe('ngày 10 tháng 10 năm 2024')
  })

  it('leaves blanks for an empty date', () => {
    expect(formatVietnameseDate('')).toBe('ngày … tháng … năm …')
    expect(formatVietnameseDate('', 'Hậu Giang')).toBe('Hậu Giang, ngày … tháng … năm …')
  })

  it('omits an empty place', () => {
    expect(formatVietnameseDate('2023-12-26', '  ')).toBe('ngày 26 tháng 12 năm 2023')
  })

  it('rejects impossible dates in Vietnamese, naming the field', () => {
    expect(() => formatVietnameseDate('2023-02-30')).toThrow(AppError)
    expect(() => formatVietnameseDate('26/12/2023')).toThrow(/không hợp lệ/)
  })
})

describe('formatVietnameseTime', () => {
  it('writes hours and minutes', () => {
    expect(formatVietnameseTime('14:00')).toBe('14 giờ 00')
    expect(formatVietnameseTime('07:30')).toBe('07 giờ 30')
    expect(formatVietnameseTime('')).toBe('… giờ …')
  })

  it('rejects a time that is not HH:MM', () => {
    expect(() => formatVietnameseTime('25:00')).toThrow(AppError)
  })
})

describe('formatEnglishDate and formatShortVietnameseDate', () => {
  it('writes day month year in English and keeps the place as given', () => {
    expect(formatEnglishDate('2023-12-26', 'Ha Tinh')).toBe('Ha Tinh, 26 December 2023')
    expect(formatEnglishDate('2020-01-05', 'Hà Tĩnh')).toBe('Hà Tĩnh, 5 January 2020')
    expect(formatEnglishDate('2024-03-09')).toBe('9 March 2024')
  })

  it('writes dd/mm/yyyy', () => {
    expect(formatShortVietnameseDate('2024-03-09')).toBe('09/03/2024')
    expect(formatShortVietnameseDate('')).toBe('')
  })
})
