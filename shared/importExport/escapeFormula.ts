/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab or carriage return) may
 * be run as a formula when the file is opened. The full-width and small forms (＝ ﹦ ＋ ﹢ － ﹣
 * ＠ ﹫) count too: East Asian input methods type them, and spreadsheets fold them to the ASCII signs.
 *
 * Chosen exception: text made only of a sign, digits, blanks and . , ( ) — a negative number
 * ("-12", "-1,5") or a phone number ("+84 912 345 678") — is left as it is. It holds no function
 * call or reference, so at worst a spreadsheet reads it as a number; "-1+2" or "+cmd|…" are escaped.
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\ufe66\uff0b\ufe62\uff0d\ufe63\uff20\ufe6b]/
const PLAIN_NUMBER = /^[+\-\uff0b\ufe62\uff0d\ufe63]?\d[\d .,()]*$/

/** Whether a spreadsheet could take the text for a formula. */
export function needsFormulaGuard(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value)
}

/** The text with a leading apostrophe when it needs the guard (CSV has no other way to say "text"). */
export function escapeFormula(value: string): string {
  return needsFormulaGuard(value) ? `'${value}` : value
}
