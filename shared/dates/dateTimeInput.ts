/**
 * What the clerk types into date and time fields, and what is stored. Fields show dd/mm/yyyy and a
 * 24-hour HH:MM whatever the system's locale (a browser's own date and time inputs follow Windows'
 * settings: mm/dd/yyyy and "02:00 PM" on an English system); the document keeps ISO "YYYY-MM-DD"
 * and "HH:MM" as before.
 */

/** "2023-12-26" → "26/12/2023"; empty stays empty; anything else is shown as it is. */
export function formatDateInput(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso
}

/**
 * The ISO date in what was typed, or null when it is no real date. Accepted: day, month and year
 * in that order, separated by "/", "-", "." or spaces ("26/12/2023", "6-1-2024", "26.12.2023"), or
 * eight digits ("26122023"); a two-digit year is in this century ("26/12/23").
 */
export function parseDateInput(text: string): string | null {
  const trimmed = text.trim()
  const parts = /^\d{8}$/.test(trimmed)
    ? [trimmed.slice(0, 2), trimmed.slice(2, 4), trimmed.slice(4)]
    : trimmed.split(/\s*[/.\-\s]\s*/)
  if (parts.length !== 3 || !parts.every((part) => /^\d+$/.test(part))) return null
  const [dayText = '', monthText = '', yearText = ''] = parts
  if (dayText.length > 2 || monthText.length > 2 || (yearText.length !== 2 && yearText.length !== 4))
    return null
  const day = Number(dayText)
  const month = Number(monthText)
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText)
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return `${String(year)}-${pad(month)}-${pad(day)}`
}

/**
 * Typing help: digits typed one after another get their slashes ("2612" → "26/12",
 * "26/122" → "26/12/2", "26122023" → "26/12/2023"); text with separators of its own is left as typed.
 */
export function maskDateInput(text: string): string {
  // Re-masked only while the text looks like the mask's own output ("26/12/2"): a date typed with
  // its own separators ("6/1/2024") stays as typed.
  const parts = text.split('/')
  const masked = /^[\d/]*$/.test(text) && parts.slice(0, -1).every((part) => part.length === 2)
  if (!masked || parts.length > 3) return text.slice(0, 10)
  const digits = parts.join('').slice(0, 8)
  if (digits.length <= 2) return digits
  if (digits.length <= 4) return `${digits.slice(0, 2)}/${digits.slice(2)}`
  return `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4)}`
}

/**
 * The "HH:MM" in what was typed, or null. Accepted, always 24-hour: "14:30", "8:05", "14h30",
 * "14g30", "14.30", "14h", "14", "1430", "830".
 */
export function parseTimeInput(text: string): string | null {
  const trimmed = text.trim().toLowerCase()
  const digitsOnly = /^\d{3,4}$/.exec(trimmed)
  const match = digitsOnly
    ? [trimmed, trimmed.slice(0, -2), trimmed.slice(-2)]
    : /^(\d{1,2})\s*(?:[:hg.]\s*(\d{2})?)?\s*$/.exec(trimmed)
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (hours > 23 || minutes > 59) return null
  return `${pad(hours)}:${pad(minutes)}`
}

/** Typing help: four digits typed in a row get their colon ("1430" → "14:30"). */
export function maskTimeInput(text: string): string {
  return /^\d{4}$/.test(text) ? `${text.slice(0, 2)}:${text.slice(2)}` : text.slice(0, 5)
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
