import { AppError } from '../errors/appError'

const HHMM = /^(\d{1,2}):(\d{2})$/
export const MINUTES_PER_DAY = 24 * 60

/** Minutes since midnight of "HH:MM" ("14:05" → 845). Throws on anything that is not a clock time. */
export function toMinutes(hhmm: string): number {
  const match = HHMM.exec(hhmm.trim())
  const hours = match ? Number(match[1]) : NaN
  const minutes = match ? Number(match[2]) : NaN
  if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59)) {
    throw new AppError({
      code: 'invalid-input',
      message: `Giờ "${hhmm}" không hợp lệ: phải có dạng HH:MM (00:00–23:59).`,
      field: 'time'
    })
  }
  return hours * 60 + minutes
}

/** True when the text is a valid "HH:MM" clock time. */
export function isTimeOfDay(hhmm: string): boolean {
  try {
    toMinutes(hhmm)
    return true
  } catch {
    return false
  }
}

/**
 * "HH:MM" for minutes since midnight (845 → "14:05"). Values past midnight or negative wrap around
 * the clock, because a programme running late still shows a clock time; callers warn about it.
 */
export function fromMinutes(totalMinutes: number): string {
  const wrapped = ((Math.round(totalMinutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
  const hours = Math.floor(wrapped / 60)
  const minutes = wrapped % 60
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
