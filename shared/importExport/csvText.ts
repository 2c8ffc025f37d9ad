import { escapeFormula } from './escapeFormula'

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * CSV as Excel opens it without asking: UTF-8 with a BOM (otherwise Excel assumes the ANSI code
 * page and garbles Vietnamese), comma separated, CRLF line ends, formulas escaped.
 */
export function buildCsv(rows: readonly (readonly string[])[]): string {
  return (
    '\ufeff' +
    rows.map((row) => row.map((cell) => quote(escapeFormula(cell))).join(',')).join('\r\n') +
    '\r\n'
  )
}

/** Which separator a CSV uses: semicolon files come from Excel set to a comma-decimal locale. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const sample = text.split(/\r?\n/).slice(0, 20)
  const counts = { ',': 0, ';': 0, '\t': 0 }
  for (const line of sample) {
    // Quoted parts may hold any separator: leave them out of the count.
    const bare = line.replace(/"[^"]*"/g, '')
    for (const char of bare) if (char === ',' || char === ';' || char === '\t') counts[char]++
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t'
  return ','
}
