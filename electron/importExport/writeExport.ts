import { buildCsv } from '../../shared/importExport/csvText'
import { needsFormulaGuard } from '../../shared/importExport/escapeFormula'
import type { ExportTable } from '../../shared/importExport/exportTable'
import { writeOutputFile, type OutputOptions } from '../storage/writeOutput'
import { loadExcelJs } from './lazyLibraries'
import type { Cell } from 'exceljs'

export const exportFormats = ['csv', 'xlsx', 'json'] as const
export type ExportFormat = (typeof exportFormats)[number]

const THIN = { style: 'thin' as const }

/**
 * A text cell, guarded against formula injection by its style rather than by an apostrophe in the
 * value: Excel never evaluates a string cell when it opens the file, and the Text number format
 * ("@") keeps "=SUM(A1)" text when a clerk later edits the cell and presses Enter. The value then
 * reads exactly as typed, in Excel, in a filter and for whoever reads the file back.
 */
function setText(cell: Cell, text: string): void {
  cell.value = text
  if (needsFormulaGuard(text)) cell.numFmt = '@'
}
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** A list as Excel users expect it: title merged across, bold bordered header, widths, frozen header. */
export async function buildXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const ExcelJS = await loadExcelJs()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'HoiNghi'
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3'
    },
    views: [{ state: 'frozen', ySplit: 3 }]
  })
  const columns = table.headers.length
  sheet.columns = table.widths.map((width) => ({ width }))
  const title = sheet.getRow(1)
  setText(title.getCell(1), table.title)
  title.font = { name: 'Times New Roman', size: 14, bold: true }
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  title.height = 36
  sheet.mergeCells(1, 1, 1, columns)
  const header = sheet.getRow(3)
  table.headers.forEach((text, index) => {
    const cell = header.getCell(index + 1)
    setText(cell, text)
    cell.font = { name: 'Times New Roman', size: 12, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = BORDER
  })
  table.rows.forEach((row, rowIndex) => {
    const line = sheet.getRow(4 + rowIndex)
    row.forEach((text, index) => {
      const cell = line.getCell(index + 1)
      // Always a string cell: Excel never evaluates those, and the apostrophe guards a later edit.
      setText(cell, text)
      cell.font = { name: 'Times New Roman', size: 12 }
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: index === 0 ? 'center' : 'left' }
      cell.border = BORDER
    })
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** Writes the table in the chosen format through the safe output writer; returns the rows written. */
export async function writeExport(
  path: string,
  table: ExportTable,
  format: ExportFormat,
  guard: OutputOptions,
  sheetName = 'Danh sách'
): Promise<number> {
  const bytes =
    format === 'csv'
      ? buildCsv([table.headers, ...table.rows])
      : format === 'json'
        ? `${JSON.stringify(table.objects, null, 2)}\n`
        : await buildXlsx(table, sheetName)
  await writeOutputFile(path, bytes, guard)
  return table.rows.length
}
