/** Cell parsers shared by the import of every kind; each returns null when the text is not understood. */

/** "14:00", "14h00", "14h", "14 giờ 00", "14g30", "14.30" → minutes since midnight. */
export function parseClock(text: string): number | null {
  const match = /^(\d{1,2})\s*(?::|h|g|giờ|\.)\s*(\d{2})?\s*(?:phút|p)?$/i.exec(text.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (hours > 23 || minutes > 59) return null
  return hours * 60 + minutes
}

/** A time cell may hold a range ("14:00 - 14:15"): its start, and its end when given. */
export function parseClockRange(text: string): { start: number; end: number | null } | null {
  const parts = text.split(/\s*(?:[-–—]|đến)\s*/i).filter((part) => part.trim() !== '')
  const start = parts[0] !== undefined ? parseClock(parts[0]) : null
  if (start === null || parts.length > 2) return null
  const end = parts[1] !== undefined ? parseClock(parts[1]) : null
  if (parts[1] !== undefined && end === null) return null
  return { start, end }
}

/** "30", "30 phút", "30'", "1 giờ 15 phút" → minutes. */
export function parseDuration(text: string): number | null {
  const clean = text.trim().toLowerCase()
  const plain = /^(\d{1,4})\s*(?:phút|p|'|ph)?\.?$/.exec(clean)
  if (plain) return Number(plain[1])
  const hours = /^(\d{1,2})\s*(?:giờ|h|tiếng)\s*(?:(\d{1,2})\s*(?:phút|p|')?)?$/.exec(clean)
  if (hours) return Number(hours[1]) * 60 + Number(hours[2] ?? '0')
  return null
}

/** A whole number of people ("45", "45 người", "1.200"); null when not a number. */
export function parseCount(text: string): number | null {
  const match = /^(\d{1,3}(?:[.\s]\d{3})*|\d+)\s*(?:người|đại biểu|đ\/c|đồng chí)?$/i.exec(text.trim())
  return match ? Number((match[1] ?? '').replace(/[.\s]/g, '')) : null
}

/** "25/12/2023", "25-12-2023", "25.12.2023", "2023-12-25" → "2023-12-25"; null when not a date. */
export function parseDate(text: string): string | null {
  const clean = text.trim()
  let year: number
  let month: number
  let day: number
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean)
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(clean)
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (vn) [day, month, year] = [Number(vn[1]), Number(vn[2]), Number(vn[3])]
  else return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
