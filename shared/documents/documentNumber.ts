/**
 * The number in "Số: 02/CTr-UBND" as Decree 30/2020 writes it: numbers below 10 carry a leading
 * zero. Anything that is not a plain number is printed as the clerk typed it, up to a "/": the
 * code after it is printed from the document kind and issuing body, so a whole "02/CTr-UBND"
 * typed into the field must not print twice.
 */
export function formatDocumentNumber(raw: string): string {
  const number = (raw.normalize('NFC').split('/')[0] ?? '').trim()
  if (!/^\d+$/.test(number)) return number
  // As text, not as a number: a long register number must not lose digits to floating point.
  return number.replace(/^0+(?=\d)/, '').padStart(2, '0')
}

/** What the number field accepts as the clerk types: digits, Latin letters, dots and hyphens. */
export function cleanDocumentNumberInput(typed: string): string {
  return typed.replace(/[^0-9A-Za-z.-]/g, '')
}
