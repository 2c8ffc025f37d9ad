import { promises as fs } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { LIST_FIELDS } from '../../shared/collect/diffVenueList'
import type { ReplyFile } from '../../shared/collect/planCollection'
import { findIdentity, type TemplateIdentity } from '../../shared/collect/templateIdentity'
import { AppError, formatAppError } from '../../shared/errors/appError'
import type { Delegate } from '../../shared/model/conference'
import { inspectZip } from '../importExport/inspectZip'
import { previewImport } from '../importExport/previewImport'
import { MAX_IMPORT_BYTES, MAX_INFLATED_BYTES, type Table } from '../importExport/readTable'
import { readZipParts } from './zipParts'

export const REPLY_EXTENSIONS = ['.xlsx', '.xls', '.csv']
/** A folder of replies holds dozens of files; thousands means the wrong folder was picked. */
export const MAX_REPLY_FILES = 1000
const MAX_IDENTITY_PART = 8 * 1024 * 1024

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

/**
 * The identity a template carries, from its custom properties or its hidden sheet, whichever
 * survived. Read from the package's XML with Node's zlib (after the same checks as any import),
 * never by evaluating the workbook.
 */
export function readEmbeddedIdentity(bytes: Uint8Array): TemplateIdentity | null {
  if (bytes.length > MAX_IMPORT_BYTES || !inspectZip(bytes, MAX_INFLATED_BYTES).ok) return null
  const parts = readZipParts(
    bytes,
    (name) =>
      name === 'docProps/custom.xml' ||
      name === 'xl/sharedStrings.xml' ||
      /^xl\/worksheets\/sheet\d{1,4}\.xml$/.test(name),
    MAX_IDENTITY_PART
  )
  // Custom properties first: they are the cheaper and the likelier to be there.
  parts.sort((a, b) => Number(b.name === 'docProps/custom.xml') - Number(a.name === 'docProps/custom.xml'))
  for (const part of parts) {
    const found = findIdentity(part.data.toString('utf8'))
    if (found) return found
  }
  return null
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
    const detected = previewImport(table, 'delegates')
    // The whole file is one venue's list: a venue column (a copy of an export) is not followed.
    const mapping = Object.fromEntries(
      Object.entries(detected.mapping).map(([column, field]) => [column, field === 'venue' ? '' : field])
    )
    const preview = previewImport(table, 'delegates', { headerRow: detected.headerRow, mapping })
    base.titleCells = table.rows
      .slice(0, preview.headerRow - 1)
      .flat()
      .map((cell) => cell.trim())
      .filter((cell) => cell !== '')
      .slice(0, 50)
    base.presentFields = [...new Set(Object.values(mapping).filter((field) => field !== ''))]
    if (!base.presentFields.includes('name'))
      base.problems.push({
        row: preview.headerRow,
        field: 'Họ và tên',
        message: 'không tìm thấy cột họ tên trong dòng tiêu đề'
      })
    base.problems.push(...preview.problems)
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
