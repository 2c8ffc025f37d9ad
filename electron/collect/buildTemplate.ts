import type { DataValidation, Worksheet } from 'exceljs'
import { loadExcelJs } from '../importExport/lazyLibraries'
import { IDENTITY_PROPERTY, IDENTITY_SHEET, encodeIdentity } from '../../shared/collect/templateIdentity'
import {
  TEMPLATE_CHOICES,
  TEMPLATE_FIELDS,
  TEMPLATE_INSTRUCTIONS,
  templateRow,
  templateTitleLines,
  type TemplateOptions
} from '../../shared/collect/templateLayout'
import { escapeFormula } from '../../shared/importExport/escapeFormula'
import type { ConferenceDocument, Venue } from '../../shared/model/conference'
import { readZipParts, writeZip } from './zipParts'

/** Rows below the known people left open (and validated) for the venue to add its own. */
const EMPTY_ROWS = 60
const FONT = { name: 'Times New Roman', size: 12 }
const THIN = { style: 'thin' as const }
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }
const WIDTHS: Record<string, number> = {
  name: 26,
  honorific: 10,
  rank: 13,
  position: 28,
  partyPosts: 22,
  unit: 28,
  role: 14,
  attendance: 14,
  deputyName: 22,
  phone: 15,
  notes: 24
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * ExcelJS writes no custom document properties: the part, its relationship and its content type
 * are added to the package it wrote.
 */
function withCustomProperties(book: Buffer, properties: Record<string, string>): Buffer {
  const parts = readZipParts(book, () => true, 64 * 1024 * 1024)
  const entries = Object.entries(properties)
    .map(
      ([name, value], index) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${xml(name)}"><vt:lpwstr>${xml(value)}</vt:lpwstr></property>`
    )
    .join('')
  const custom = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${entries}</Properties>`,
    'utf8'
  )
  const edited = parts.map((part) => {
    if (part.name === '[Content_Types].xml')
      return {
        name: part.name,
        data: Buffer.from(
          part.data
            .toString('utf8')
            .replace(
              '</Types>',
              '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'
            ),
          'utf8'
        )
      }
    if (part.name === '_rels/.rels')
      return {
        name: part.name,
        data: Buffer.from(
          part.data
            .toString('utf8')
            .replace(
              '</Relationships>',
              '<Relationship Id="rIdHoiNghiCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'
            ),
          'utf8'
        )
      }
    return part
  })
  return writeZip([...edited, { name: 'docProps/custom.xml', data: custom }])
}

/** ExcelJS has range validations at run time (worksheet.dataValidations) but leaves them out of its types. */
function validations(sheet: Worksheet): { add(range: string, rule: DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, rule: DataValidation): void } })
    .dataValidations
}

/** A-Z, then AA…: the columns a template uses stay far below that. */
const columnLetter = (index: number) =>
  index < 26 ? String.fromCharCode(65 + index) : `A${String.fromCharCode(65 + index - 26)}`

/**
 * One venue's template: title rows (conference, venue, deadline, contact), the importer's column
 * titles, the venue's known people filled in, drop-down lists for rank, role and attendance, an
 * instructions sheet, and the conference and venue identity twice (custom document properties and
 * a very hidden sheet). The title and header rows are protected; data rows stay editable, and
 * rows may be inserted and deleted.
 */
export async function buildTemplate(
  doc: ConferenceDocument,
  venue: Venue,
  options: TemplateOptions
): Promise<Buffer> {
  const marker = encodeIdentity({ conferenceId: doc.id, venueId: venue.id })
  const ExcelJS = await loadExcelJs()
  const book = new ExcelJS.Workbook()
  book.creator = 'HoiNghi'
  book.title = `Danh sách đại biểu - ${venue.name}`.slice(0, 250)
  book.subject = doc.conference.title.slice(0, 250)
  const sheet = book.addWorksheet('Danh sách', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  })
  const columns = TEMPLATE_FIELDS.length
  // Unlocked by default: every cell the venue may type in, including the rows it adds.
  sheet.columns = TEMPLATE_FIELDS.map((field) => ({
    width: WIDTHS[field.key] ?? 16,
    style: { protection: { locked: false }, font: FONT }
  }))
  const titles = templateTitleLines(doc, venue, options)
  titles.forEach((line, index) => {
    const row = sheet.getRow(index + 1)
    const cell = row.getCell(1)
    cell.value = escapeFormula(line)
    cell.font = { ...FONT, size: index === 0 ? 14 : 12, bold: index < 2 }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.protection = { locked: true }
    row.height = index === 0 ? 36 : 20
    sheet.mergeCells(index + 1, 1, index + 1, columns)
  })
  const headerRowNumber = titles.length + 2
  const header = sheet.getRow(headerRowNumber)
  TEMPLATE_FIELDS.forEach((field, index) => {
    const cell = header.getCell(index + 1)
    cell.value = field.label
    cell.font = { ...FONT, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = BORDER
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
    cell.protection = { locked: true }
  })
  header.height = 32
  for (let row = 1; row < headerRowNumber; row++)
    for (let column = 1; column <= columns; column++)
      sheet.getRow(row).getCell(column).protection = { locked: true }
  const people = doc.delegates.filter((person) => person.venueId === venue.id)
  const firstData = headerRowNumber + 1
  // The whole data row unlocked, to the last column: a protected sheet lets a row be deleted only
  // when none of its cells is locked.
  for (let line = firstData; line < firstData + people.length + EMPTY_ROWS; line++)
    sheet.getRow(line).protection = { locked: false }
  people.forEach((person, index) => {
    const row = sheet.getRow(firstData + index)
    templateRow(person).forEach((text, column) => {
      const cell = row.getCell(column + 1)
      // Text cells: Excel never evaluates them, and a leading "=" gets its guard.
      cell.value = escapeFormula(text)
      cell.protection = { locked: false }
      cell.border = BORDER
      cell.alignment = { vertical: 'top', wrapText: true }
    })
  })
  const lastData = firstData + people.length + EMPTY_ROWS - 1
  for (let line = firstData + people.length; line <= lastData; line++) {
    const row = sheet.getRow(line)
    for (let column = 1; column <= columns; column++) {
      const cell = row.getCell(column)
      cell.protection = { locked: false }
      cell.border = BORDER
    }
  }
  TEMPLATE_FIELDS.forEach((field, index) => {
    const choices = TEMPLATE_CHOICES[field.key]
    if (!choices) return
    const letter = columnLetter(index)
    validations(sheet).add(`${letter}${firstData}:${letter}${lastData}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
      // Ranks of other forces ("Thiếu tướng CAND" …) are typed as they are; the other two are closed lists.
      showErrorMessage: field.key !== 'rank',
      errorStyle: 'stop',
      errorTitle: 'Giá trị không có trong danh sách',
      error: `Hãy chọn một giá trị trong danh sách: ${choices.join(', ')}`
    })
  })
  sheet.views = [{ state: 'frozen', ySplit: headerRowNumber }]
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true
  })

  const help = book.addWorksheet('Hướng dẫn')
  help.getColumn(1).width = 110
  TEMPLATE_INSTRUCTIONS.forEach((line, index) => {
    const cell = help.getRow(index + 1).getCell(1)
    cell.value = line
    cell.font = { ...FONT, bold: index === 0, size: index === 0 ? 14 : 12 }
    cell.alignment = { wrapText: true, vertical: 'top' }
  })
  help.getRow(TEMPLATE_INSTRUCTIONS.length + 2).getCell(1).value = `Điểm cầu: ${venue.name}`

  const identity = book.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' })
  identity.getCell('A1').value = marker
  identity.getCell('A2').value = doc.conference.title
  identity.getCell('A3').value = venue.name

  const written = Buffer.from(await book.xlsx.writeBuffer())
  return withCustomProperties(written, {
    [IDENTITY_PROPERTY]: marker,
    HoiNghiHoiNghi: doc.conference.title.slice(0, 255),
    HoiNghiDiemCau: venue.name.slice(0, 255)
  })
}
