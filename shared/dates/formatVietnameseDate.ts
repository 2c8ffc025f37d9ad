import { AppError } from '../errors/appError'
import { toMinutes } from './timeOfDay'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const BLANK = '…'

interface DateParts {
  year: number
  month: number
  day: number
}

/** Splits a YYYY-MM-DD date, or returns null for an empty one; throws on an impossible date. */
export function parseIsoDate(isoDate: string): DateParts | null {
  const trimmed = isoDate.trim()
  if (trimmed === '') return null
  const match = ISO_DATE.exec(trimmed)
  const year = match ? Number(match[1]) : NaN
  const month = match ? Number(match[2]) : NaN
  const day = match ? Number(match[3]) : NaN
  const check = new Date(Date.UTC(year, month - 1, day))
  if (
    !match ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new AppError({
      code: 'invalid-input',
      message: `Ngày "${isoDate}" không hợp lệ: phải có dạng YYYY-MM-DD.`,
      field: 'date'
    })
  }
  return { year, month, day }
}

/**
 * "Hà Tĩnh, ngày 26 tháng 12 năm 2023" as Decree 30/2020 writes it: days below 10 and the months
 * 1 and 2 take a leading zero (so nobody can add a digit by hand), other months do not.
 * An empty date leaves blanks for the clerk to fill in by pen: "ngày … tháng … năm …".
 */
export function formatVietnameseDate(isoDate: string, place?: string): string {
  const parts = parseIsoDate(isoDate)
  const body = parts
    ? `ngày ${String(parts.day).padStart(2, '0')} tháng ${parts.month <= 2 ? String(parts.month).padStart(2, '0') : parts.month} năm ${parts.year}`
    : `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`
  const where = place?.trim() ?? ''
  return where === '' ? body : `${where}, ${body}`
}

/** "14 giờ 00"; the hour keeps the two digits it is stored with ("07 giờ 30"). Empty gives "… giờ …". */
export function formatVietnameseTime(hhmm: string): string {
  if (hhmm.trim() === '') return `${BLANK} giờ ${BLANK}`
  const minutes = toMinutes(hhmm)
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')} giờ ${String(minutes % 60).padStart(2, '0')}`
}

/** dd/mm/yyyy as tables and decision references write it ("26/12/2023"); '' for an empty date. */
export function formatShortVietnameseDate(isoDate: string): string {
  const parts = parseIsoDate(isoDate)
  if (!parts) return ''
  return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${parts.year}`
}

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/** "Ha Tinh, 26 December 2023" for English labels; the place is kept exactly as given. */
export function formatEnglishDate(isoDate: string, place?: string): string {
  const parts = parseIsoDate(isoDate)
  const body = parts
    ? `${parts.day} ${ENGLISH_MONTHS[parts.month - 1] ?? ''} ${parts.year}`
    : `${BLANK} ${BLANK} ${BLANK}`
  const where = place?.trim() ?? ''
  return where === '' ? body : `${where}, ${body}`
}
