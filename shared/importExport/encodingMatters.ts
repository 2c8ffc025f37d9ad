/**
 * Whether a text encoding means anything for this file: CSV/TSV/text files are bytes the reader must
 * decode, and Excel 97–2003 (.xls) files may carry TCVN3/VNI text in legacy fonts. An .xlsx file
 * stores Unicode, so a choice of encoding would only confuse.
 */
export function encodingMatters(fileName: string): boolean {
  const extension = /\.([^.\\/]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? ''
  return extension !== 'xlsx' && extension !== 'xlsm'
}
