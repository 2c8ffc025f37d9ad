/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab or carriage return) may
 * be run as a formula when the file is opened. Such cells get a leading apostrophe, in CSV and
 * xlsx alike.
 *
 * Chosen exception: text made only of a sign, digits, blanks and . , ( ) — a negative number
 * ("-12", "-1,5") or a phone number ("+84 912 345 678") — is left as it is. It holds no function
 * call or reference, so at worst a spreadsheet reads it as a number; "-1+2" or "+cmd|…" are escaped.
 */
export function escapeFormula(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value
  if (/^[+-]?\d[\d .,()]*$/.test(value)) return value
  return `'${value}`
}
