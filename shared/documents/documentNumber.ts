/**
 * The number in "Số: 02/CTr-UBND" as Decree 30/2020 writes it: numbers below 10 carry a leading
 * zero. Anything that is not a plain number is printed as the clerk typed it.
 */
export function formatDocumentNumber(raw: string): string {
  const trimmed = raw.normalize('NFC').trim()
  if (!/^\d+$/.test(trimmed)) return trimmed
  const value = Number.parseInt(trimmed, 10)
  return value < 10 ? `0${value}` : String(value)
}
