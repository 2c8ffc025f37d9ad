import { promises as fs } from 'node:fs'
import { basename, extname } from 'node:path'
import type * as XLSX from 'xlsx'
import type { ParseError } from 'papaparse'
import { inspectZip, MAX_ZIP_PARTS } from './inspectZip'
import { loadPapaParse, loadSheetJs, loadSheetJsWithCodepages, type SheetJs } from './lazyLibraries'
import { detectDelimiter } from '../../shared/importExport/csvText'
import { AppError } from '../../shared/errors/appError'
import {
  convertLegacyCell,
  decodeBytes,
  detectBytesEncoding,
  type EncodingChoice,
  type TextEncoding
} from '../../shared/text/legacy/detectEncoding'

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
/** What an .xlsx may hold once inflated; office lists are a few MB of XML, a zip bomb is gigabytes. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024
/**
 * A sheet may declare any range (a 1.5 KB file can claim A1:XFD1048576): the table is sized from
 * the cells actually present, and refused beyond what any delegate or agenda list needs.
 */
export const MAX_TABLE_ROWS = 100_000
/** Excel's own workbooks rarely pass a few dozen sheets; a list is looked for in the first few. */
export const MAX_SHEETS = 255
const SHEETS_TRIED = 5
export const MAX_TABLE_COLUMNS = 256
/** rows × columns: A1 plus IV65536 in an .xls stays within both limits yet is 16 million cells. */
export const MAX_TABLE_CELLS = 4_000_000

export interface ReadTableOptions {
  encoding?: EncodingChoice
  sheet?: string
}

export interface Table {
  fileName: string
  sheets: string[]
  sheet: string
  /** Every row of the sheet from row 1, cells as text ('' for empty); index + 1 = the row number in Excel. */
  rows: string[][]
  encoding: { detected: TextEncoding | 'mixed'; used: TextEncoding | 'mixed'; confidence: number }
  /**
   * What the parser could not read cleanly (a stray or missing quote in a CSV): 1-based row,
   * 0-based column when known. The preview lists each on its row and leaves that row out.
   */
  problems: TableProblem[]
}

export interface TableProblem {
  row: number
  column: number | null
  message: string
}

function unreadable(fileName: string, message: string): AppError {
  return new AppError({ code: 'invalid-file', message, file: fileName })
}

function refuseOversized(fileName: string, rows: number, columns: number): void {
  if (rows > MAX_TABLE_ROWS || columns > MAX_TABLE_COLUMNS || rows * columns > MAX_TABLE_CELLS)
    throw unreadable(
      fileName,
      `bảng quá lớn (${rows} dòng × ${columns} cột; tối đa ${MAX_TABLE_ROWS} dòng, ${MAX_TABLE_COLUMNS} cột, ${MAX_TABLE_CELLS} ô)`
    )
}

/** NUL bytes and other control characters do not occur in a text table. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++
  }
  return control > sample.length / 100
}

/** Excel's "Unicode Text" (Tab-separated, UTF-16 with a BOM): the BOM says which byte order. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Papa Parse's codes in the clerk's words. */
function parseErrorMessage(error: ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'ô mở dấu ngoặc kép (") mà không đóng: các dòng sau bị gộp vào ô này; hãy sửa dấu ngoặc kép trong tệp rồi nhập lại'
    case 'InvalidQuotes':
      return 'dấu ngoặc kép (") đặt sai chỗ trong ô: ô có ngoặc kép phải được bao cả bằng ngoặc kép, và ngoặc kép bên trong viết đôi ("")'
    case 'TooManyFields':
      return 'dòng có nhiều ô hơn dòng tiêu đề'
    case 'TooFewFields':
      return 'dòng có ít ô hơn dòng tiêu đề'
    default:
      return `không đọc được dòng này (${error.code}: ${error.message})`
  }
}

/** The column (0-based) of the cell starting at `index` in the text: separators before it on its line, quoted parts left out. */
function columnAt(text: string, index: number, delimiter: string): number {
  const lineStart = text.lastIndexOf('\n', Math.max(0, index - 1)) + 1
  const before = text.slice(lineStart, Math.max(lineStart, index)).replace(/"[^"]*"/g, '')
  return before.split(delimiter).length - 1
}

async function readCsv(bytes: Uint8Array, fileName: string, choice: EncodingChoice): Promise<Table> {
  const utf16 = utf16Order(bytes)
  if (!utf16 && looksBinary(bytes)) throw unreadable(fileName, 'không phải tệp CSV (nội dung nhị phân)')
  const detected = utf16 ? { encoding: 'utf-8' as const, confidence: 1 } : detectBytesEncoding(bytes)
  // UTF-16 is Unicode like UTF-8: nothing to convert, whatever encoding was asked for.
  const used = utf16 ? 'utf-8' : choice === 'auto' ? detected.encoding : choice
  const decoded = utf16
    ? new TextDecoder(utf16).decode(bytes.subarray(2)).normalize('NFC')
    : decodeBytes(bytes, used)
  if (utf16 && decoded.includes('\u0000'))
    throw unreadable(fileName, 'không phải tệp CSV (nội dung nhị phân)')
  // Papa Parse takes the line ending of the first line for the whole file: a header ending in CRLF
  // above rows ending in LF glued every row into the last cell. One ending for all, first.
  const text = decoded.replace(/\r\n?/g, '\n')
  const Papa = await loadPapaParse()
  const delimiter = detectDelimiter(text)
  // Stops parsing just past the row limit: 20 MB of line breaks would otherwise be 20 million rows.
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    preview: MAX_TABLE_ROWS + 2
  })
  const rows = parsed.data.map((row) => row.map((cell) => cell ?? ''))
  // A final line break yields one empty row; it is not a row of the file.
  if (rows.length > 0 && rows[rows.length - 1]?.every((cell) => cell === '')) rows.pop()
  refuseOversized(
    fileName,
    rows.length,
    rows.reduce((widest, row) => Math.max(widest, row.length), 0)
  )
  // Every warning of the parser is a problem on its row: nothing it had to guess at is stored.
  const seen = new Set<string>()
  const problems: TableProblem[] = []
  for (const error of parsed.errors) {
    const row = (error.row ?? rows.length - 1) + 1
    const column = error.index !== undefined ? columnAt(text, error.index, delimiter) : null
    const message = parseErrorMessage(error)
    const key = `${row}:${column}:${message}`
    if (seen.has(key)) continue
    seen.add(key)
    problems.push({ row, column, message })
  }
  return {
    fileName,
    sheets: [],
    sheet: '',
    rows,
    encoding: { detected: detected.encoding, used, confidence: detected.confidence },
    problems
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const CFB = [0xd0, 0xcf, 0x11, 0xe0]
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte)

/**
 * Font name of each styled cell of an xlsx sheet ("A1" → ".VnTime"). SheetJS parses the font list
 * but does not keep a cell's style index, so it is read from the sheet XML it keeps in `files`.
 */
function xlsxCellFonts(workbook: XLSX.WorkBook, sheetIndex: number): Map<string, string> {
  const fonts = new Map<string, string>()
  const styles = (workbook as { Styles?: { Fonts?: { name?: string }[]; CellXf?: { fontId?: number }[] } })
    .Styles
  const files = (workbook as { files?: Record<string, { content?: Uint8Array | string }> }).files
  const sheetPaths = (workbook as { Directory?: { sheets?: string[] } }).Directory?.sheets
  const path = sheetPaths?.[sheetIndex]?.replace(/^\//, '')
  const entry = path && files ? (files[path] ?? files[`/${path}`]) : undefined
  if (!styles?.Fonts || !styles.CellXf || !entry?.content) return fonts
  const legacyXf = new Map<string, string>()
  styles.CellXf.forEach((xf, index) => {
    const name = styles.Fonts?.[xf.fontId ?? 0]?.name ?? ''
    if (/^(\.vn|vni[- ])/i.test(name)) legacyXf.set(String(index), name)
  })
  if (legacyXf.size === 0) return fonts
  const xml = typeof entry.content === 'string' ? entry.content : Buffer.from(entry.content).toString('utf8')
  for (const match of xml.matchAll(
    /<c\s[^>]*?r="([A-Z]+\d+)"[^>]*?\ss="(\d+)"|<c\s[^>]*?s="(\d+)"[^>]*?\sr="([A-Z]+\d+)"/g
  )) {
    const ref = match[1] ?? match[4] ?? ''
    const font = legacyXf.get(match[2] ?? match[3] ?? '')
    if (font) fonts.set(ref, font)
  }
  return fonts
}

function cellText(sheetJs: SheetJs, cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  if (cell.t === 'n' && cell.z !== undefined && sheetJs.SSF.is_date(cell.z)) {
    const parsed = sheetJs.SSF.parse_date_code(Number(cell.v))
    const time = `${String(parsed.H).padStart(2, '0')}:${String(parsed.M).padStart(2, '0')}`
    if (Number(cell.v) < 1) return time
    const date = `${parsed.y}-${String(parsed.m).padStart(2, '0')}-${String(parsed.d).padStart(2, '0')}`
    return parsed.H || parsed.M ? `${date} ${time}` : date
  }
  if (cell.t === 'n') return cell.w ?? String(cell.v)
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE'
  return String(cell.w ?? cell.v)
}

function zipProblemMessage(zip: Exclude<ReturnType<typeof inspectZip>, { ok: true }>): string {
  switch (zip.problem) {
    case 'too-large':
      return `tệp nén chứa quá nhiều dữ liệu (${Number.isFinite(zip.inflated) ? `${Math.round(zip.inflated / 1024 / 1024)} MB` : 'trên 4 GB'} khi giải nén)`
    case 'no-directory':
      return 'tệp Excel không đầy đủ (có thể bị cắt khi sao chép hoặc tải về); hãy lấy lại tệp gốc'
    case 'too-many-parts':
      return `tệp Excel có ${zip.parts} phần, quá nhiều so với một bảng tính (tối đa ${MAX_ZIP_PARTS}); hãy mở bằng Excel và lưu lại`
    case 'encrypted':
      return 'tệp Excel có đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại'
    case 'damaged':
      return `tệp Excel bị hỏng${zip.entry ? ` (phần ${zip.entry})` : ''}; hãy mở bằng Excel và lưu lại, hoặc lấy lại tệp gốc`
  }
}

/** A sheet with at least one cell that is not blank ('!ref' alone says nothing: an empty sheet declares A1). */
function holdsText(sheetJs: SheetJs, sheet: XLSX.WorkSheet | undefined): boolean {
  if (!sheet) return false
  for (const [ref, cell] of Object.entries(sheet))
    if (!ref.startsWith('!') && cellText(sheetJs, cell as XLSX.CellObject).trim() !== '') return true
  return false
}

/**
 * An Excel 97–2003 (BIFF8) workbook: its "Workbook" stream opens with a BIFF8 BOF record, and every
 * string in it is Unicode whatever its CODEPAGE record says. Excel 5.0/95 (BIFF5, a "Book"
 * stream) and HTML saved as .xls need the code pages; a container SheetJS cannot open gets them
 * too, and SheetJS then says what is wrong with it.
 */
function keepsUnicodeText(sheetJs: SheetJs, buffer: Buffer): boolean {
  // SheetJS types its bundled container reader as `any`: the two calls used, as documented.
  const cfb = sheetJs.CFB as {
    read(data: Buffer, options: { type: 'buffer' }): unknown
    find(container: unknown, path: string): { content?: Uint8Array } | null
  }
  try {
    const stream = cfb.find(cfb.read(buffer, { type: 'buffer' }), 'Workbook')
    const bof = stream?.content
    // BOF: record type 0x0809, then its length, then the BIFF version 0x0600.
    return (
      !!bof && bof.length >= 6 && bof[0] === 0x09 && bof[1] === 0x08 && bof[4] === 0x00 && bof[5] === 0x06
    )
  } catch {
    return false
  }
}

/** The sheet names of an .xlsx, without parsing any sheet; refused beyond MAX_SHEETS. */
function readSheetNames(sheetJs: SheetJs, buffer: Buffer, fileName: string): string[] {
  let names: string[]
  try {
    names = sheetJs.read(buffer, { type: 'buffer', bookSheets: true }).SheetNames
  } catch (error) {
    throw unreadable(
      fileName,
      `không đọc được tệp Excel (${error instanceof Error ? error.message : String(error)})`
    )
  }
  if (names.length > MAX_SHEETS)
    throw unreadable(fileName, `tệp có ${names.length} trang tính, quá nhiều (tối đa ${MAX_SHEETS})`)
  return names
}

async function readWorkbook(bytes: Uint8Array, fileName: string, options: ReadTableOptions): Promise<Table> {
  const ext = extname(fileName).toLowerCase()
  const isZip = startsWith(bytes, ZIP)
  const isCfb = startsWith(bytes, CFB)
  // Some programs save an HTML table as .xls; Excel opens it, so do we. Anything else is not a workbook.
  const isHtml = ext === '.xls' && /^\s*</.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'))
  if (!isZip && !isCfb && !isHtml) throw unreadable(fileName, 'không phải tệp Excel (.xlsx/.xls) hợp lệ')
  if (isZip) {
    const zip = inspectZip(bytes, MAX_INFLATED_BYTES)
    if (!zip.ok) throw unreadable(fileName, zipProblemMessage(zip))
  }
  // A Buffer, not a Uint8Array: SheetJS slices the rest of the file before each part it inflates,
  // which for a Buffer is a view and for a Uint8Array a copy (quadratic in the number of parts).
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The code pages (≈ 0.2 s to load) serve only the workbooks that keep text in a Windows code page.
  let sheetJs = await loadSheetJs()
  if (!isZip && !keepsUnicodeText(sheetJs, buffer)) sheetJs = await loadSheetJsWithCodepages()
  const read = (sheets?: number[]): XLSX.WorkBook => {
    try {
      return sheetJs.read(buffer, {
        type: 'buffer',
        cellStyles: true,
        bookFiles: isZip,
        cellDates: false,
        dense: false,
        ...(sheets === undefined ? {} : { sheets })
      })
    } catch (error) {
      throw unreadable(
        fileName,
        `không đọc được tệp Excel (${error instanceof Error ? error.message : String(error)})`
      )
    }
  }
  let workbook: XLSX.WorkBook | undefined
  let sheetName: string | undefined
  let sheets: string[]
  if (isZip) {
    // An .xlsx may list one worksheet part under thousands of sheet names, and SheetJS parses the
    // part once per name: the names come first, then only the sheets needed, by number (SheetJS
    // matches names ignoring case, so "Abc" and "abc" would both be parsed for either).
    sheets = readSheetNames(sheetJs, buffer, fileName)
    const named = options.sheet === undefined ? -1 : sheets.indexOf(options.sheet)
    if (named >= 0) {
      workbook = read([named])
      sheetName = options.sheet
    } else if (sheets.length > 0) {
      // The list is nearly always on the first sheet; otherwise the next few are read at once.
      workbook = read([0])
      sheetName = sheets[0]
      if (!holdsText(sheetJs, workbook.Sheets[sheets[0] ?? ''])) {
        const more = sheets.slice(1, SHEETS_TRIED)
        const book = more.length > 0 ? read(more.map((_, index) => index + 1)) : workbook
        const found = more.find((name) => holdsText(sheetJs, book.Sheets[name]))
        if (found) {
          workbook = book
          sheetName = found
        } else if (sheets.length > SHEETS_TRIED)
          throw unreadable(
            fileName,
            `${SHEETS_TRIED} trang tính đầu không có dữ liệu; hãy mở bằng Excel, đưa danh sách lên trang tính đầu tiên rồi lưu lại`
          )
      }
    }
  } else {
    const book = read()
    workbook = book
    sheets = book.SheetNames
    sheetName =
      options.sheet && sheets.includes(options.sheet)
        ? options.sheet
        : (sheets.find((name) => holdsText(sheetJs, book.Sheets[name])) ?? sheets[0])
  }
  const sheet = sheetName !== undefined ? workbook?.Sheets[sheetName] : undefined
  if (!workbook || sheetName === undefined || !sheet || !sheet['!ref'])
    throw unreadable(fileName, 'tệp không có dữ liệu')
  const fonts = isZip ? xlsxCellFonts(workbook, sheets.indexOf(sheetName)) : new Map<string, string>()
  const choice = options.encoding ?? 'auto'
  const found = new Set<TextEncoding>()
  let converted = 0
  let legacyLooking = 0
  // Only the cells the file really holds, never the declared '!ref' range (see MAX_TABLE_ROWS).
  const cells: { r: number; c: number; text: string }[] = []
  let lastRow = -1
  let lastColumn = -1
  for (const ref of Object.keys(sheet)) {
    if (ref.startsWith('!')) continue
    const cell = sheet[ref] as XLSX.CellObject | undefined
    let text = cellText(sheetJs, cell)
    if (text === '') continue
    if (cell?.t === 's') {
      const font = fonts.get(ref)
      if (choice === 'tcvn3' || choice === 'vni') {
        text = convertLegacyCell(text, { name: choice === 'tcvn3' ? '.VnTime' : 'VNI-Times' }).text
      } else if (choice === 'auto') {
        const result = convertLegacyCell(text, font ? { name: font } : null)
        if (/[\u0080-\u00ff]/.test(text)) legacyLooking++
        if (result.encoding) {
          found.add(result.encoding)
          converted++
        }
        text = result.text
      }
    }
    const { r, c } = sheetJs.utils.decode_cell(ref)
    if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0) continue
    cells.push({ r, c, text })
    lastRow = Math.max(lastRow, r)
    lastColumn = Math.max(lastColumn, c)
  }
  refuseOversized(fileName, lastRow + 1, lastColumn + 1)
  const rows: string[][] = Array.from({ length: lastRow + 1 }, () =>
    Array.from({ length: lastColumn + 1 }, () => '')
  )
  for (const { r, c, text } of cells) {
    const row = rows[r]
    if (row) row[c] = text
  }
  if (rows.every((row) => row.every((cell) => cell.trim() === '')))
    throw unreadable(fileName, 'tệp không có dữ liệu')
  const detected: TextEncoding | 'mixed' = found.size > 1 ? 'mixed' : ([...found][0] ?? 'utf-8')
  const confidence = converted === 0 ? 1 : legacyLooking === 0 ? 1 : Math.min(1, converted / legacyLooking)
  const used: TextEncoding | 'mixed' =
    choice === 'auto' ? detected : choice === 'windows-1258' ? 'utf-8' : choice
  return { fileName, sheets, sheet: sheetName, rows, encoding: { detected, used, confidence }, problems: [] }
}

/**
 * Reads a .csv, .xlsx or .xls file into rows of text. A file that cannot be read at all fails
 * with one AppError naming it; nothing else happens (no state, nothing written).
 */
export async function readTable(path: string, options: ReadTableOptions = {}): Promise<Table> {
  const fileName = basename(path)
  const ext = extname(fileName).toLowerCase()
  if (!['.csv', '.xlsx', '.xls', '.txt'].includes(ext))
    throw unreadable(fileName, 'chỉ nhập được tệp .xlsx, .xls hoặc .csv')
  let stat
  try {
    stat = await fs.stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new AppError({
      code: code === 'ENOENT' ? 'not-found' : 'io',
      message: code === 'ENOENT' ? 'không tìm thấy tệp' : 'không đọc được tệp',
      file: fileName
    })
  }
  if (stat.size === 0) throw unreadable(fileName, 'tệp rỗng')
  if (stat.size > MAX_IMPORT_BYTES)
    throw unreadable(fileName, `tệp quá lớn (${(stat.size / 1024 / 1024).toFixed(1)} MB, tối đa 20 MB)`)
  const bytes = new Uint8Array(await fs.readFile(path))
  const table =
    ext === '.xlsx' || ext === '.xls'
      ? await readWorkbook(bytes, fileName, options)
      : await readCsv(bytes, fileName, options.encoding ?? 'auto')
  if (table.rows.every((row) => row.every((cell) => cell.trim() === '')))
    throw unreadable(fileName, 'tệp không có dữ liệu')
  return table
}
