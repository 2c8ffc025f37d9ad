import { promises as fs } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { LIST_FIELDS } from '../../shared/collect/diffVenueList'
import type { ReplyFile } from '../../shared/collect/planCollection'
import { findIdentity, type TemplateIdentity } from '../../shared/collect/templateIdentity'
import { AppError, formatAppError } from '../../shared/errors/appError'
import type { Delegate } from '../../shared/model/conference'
import { detectHeaderRow, suggestMapping } from '../../shared/importExport/detectHeader'
import { previewImport } from '../importExport/previewImport'
import { MAX_IMPORT_BYTES, type Table } from '../importExport/readTable'
import { readZipParts } from './zipParts'

export const REPLY_EXTENSIONS = ['.xlsx', '.xls', '.csv']
/** A folder of replies holds dozens of files; thousands means the wrong folder was picked. */
export const MAX_REPLY_FILES = 1000
const MAX_IDENTITY_PART = 8 * 1024 * 1024
/** One venue's list is tens of people; a file of thousands is not a venue's reply. */
export const MAX_REPLY_PEOPLE = 5000
/** Problems listed per file; the rest are counted. */
const MAX_PROBLEMS = 200

export type ReadTableFn = (path: string) => Promise<Table>

/**
 * The files named, with every spreadsheet directly inside each folder named (sorted by name);
 * Excel's "~$" lock files and hidden files are not replies.
 */
export async function expandReplyPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const stat = await fs.stat(path).catch(() => null)
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(path)).sort((a, b) => a.localeCompare(b, 'vi'))
      for (const name of names)
        if (
          REPLY_EXTENSIONS.includes(extname(name).toLowerCase()) &&
          !name.startsWith('~$') &&
          !name.startsWith('.')
        )
          files.push(join(path, name))
    } else files.push(path)
    if (files.length > MAX_REPLY_FILES)
      throw new AppError({
        code: 'invalid-input',
        message: `quá nhiều tệp (${files.length}; tối đa ${MAX_REPLY_FILES}); hãy chọn thư mục chỉ chứa danh sách các điểm cầu gửi lại`,
        file: basename(path)
      })
  }
  return files
}

/** A template has three sheets; a workbook the venue built may have a few more, never dozens worth reading. */
const MAX_IDENTITY_PARTS = 20

/**
 * The identity a template carries, from its custom properties or, failing those, its hidden sheet.
 * Read from the package's XML with Node's zlib, never by evaluating the workbook; the file has
 * already passed the importer's checks (readTable refuses damaged and oversized packages), and
 * each part inflates under its own limit here too.
 */
export function readEmbeddedIdentity(bytes: Uint8Array): TemplateIdentity | null {
  if (bytes.length > MAX_IMPORT_BYTES) return null
  const search = (wanted: (name: string) => boolean) => {
    for (const part of readZipParts(bytes, wanted, MAX_IDENTITY_PART, MAX_IDENTITY_PARTS)) {
      const found = findIdentity(part.data.toString('utf8'))
      if (found) return found
    }
    return null
  }
  // Custom properties first: one small part, and nearly always there in a file that came back as sent.
  return (
    search((name) => name === 'docProps/custom.xml') ??
    search((name) => name === 'xl/sharedStrings.xml') ??
    search((name) => /^xl\/worksheets\/sheet\d{1,4}\.xml$/.test(name))
  )
}

/** The apostrophe HoiNghi puts before "=", "+", "-" or "@" when it writes a cell is not part of the text. */
function unguard(person: Delegate): Delegate {
  const out = { ...person }
  for (const field of LIST_FIELDS) {
    const value = out[field]
    if (typeof value === 'string' && /^'[=+\-@]/.test(value))
      (out as Record<string, unknown>)[field] = value.slice(1)
  }
  return out
}

/** One returned file: its people, problems and whatever says which venue sent it. Never throws. */
export async function readReply(path: string, key: string, read: ReadTableFn): Promise<ReplyFile> {
  const fileName = basename(path)
  const base: ReplyFile = {
    key,
    fileName,
    modifiedAt: '',
    identity: null,
    titleCells: [],
    records: [],
    presentFields: [],
    problems: [],
    error: null
  }
  try {
    const stat = await fs.stat(path)
    base.modifiedAt = stat.mtime.toISOString()
    const table = await read(path)
    if (extname(fileName).toLowerCase() === '.xlsx' && stat.size <= MAX_IMPORT_BYTES)
      base.identity = readEmbeddedIdentity(new Uint8Array(await fs.readFile(path)))
    const headerIndex = detectHeaderRow(table.rows, 'delegates')
    // The whole file is one venue's list: a venue column (a copy of an export) is not followed.
    const mapping = Object.fromEntries(
      Object.entries(
        suggestMapping(
          (table.rows[headerIndex] ?? []).map((cell) => cell.trim()),
          'delegates'
        )
      ).map(([column, field]) => [column, field === 'venue' ? '' : field])
    )
    const preview = previewImport(table, 'delegates', { headerRow: headerIndex + 1, mapping })
    base.titleCells = table.rows
      .slice(0, preview.headerRow - 1)
      .flat()
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '')
      .slice(0, 50)
      .map((cell) => cell.slice(0, 500))
    base.presentFields = [...new Set(Object.values(mapping).filter((field) => field !== ''))]
    if (!base.presentFields.includes('name'))
      base.problems.push({
        row: preview.headerRow,
        field: 'Họ và tên',
        message: 'không tìm thấy cột họ tên trong dòng tiêu đề'
      })
    base.problems.push(...preview.problems.slice(0, MAX_PROBLEMS))
    if (preview.problems.length > MAX_PROBLEMS)
      base.problems.push({
        row: preview.problems[MAX_PROBLEMS]?.row ?? 0,
        field: '',
        message: `và ${preview.problems.length - MAX_PROBLEMS} lỗi khác`
      })
    if (preview.records.length > MAX_REPLY_PEOPLE)
      throw new AppError({
        code: 'invalid-input',
        message: `tệp có ${preview.records.length} người, quá nhiều cho danh sách một điểm cầu (tối đa ${MAX_REPLY_PEOPLE})`,
        file: fileName
      })
    base.records =
      preview.kind === 'delegates'
        ? preview.records.map((person) => unguard({ ...person, venueId: null }))
        : []
  } catch (error) {
    base.error =
      error instanceof AppError
        ? error.message
        : error instanceof Error
          ? error.message
          : formatAppError({ code: 'io', message: String(error) })
  }
  return base
}

/** Every file, read one after another (the reader is one process), in the order given. */
export async function readReplies(paths: readonly string[], read: ReadTableFn): Promise<ReplyFile[]> {
  const replies: ReplyFile[] = []
  for (const [index, path] of paths.entries())
    replies.push(await readReply(path, `${index}:${basename(path)}`, read))
  return replies
}
