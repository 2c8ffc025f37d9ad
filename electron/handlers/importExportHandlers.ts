import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, extname } from 'node:path'
import { onlyDelegates } from '../../shared/delegates/onlyDelegates'
import { AppError } from '../../shared/errors/appError'
import { exportTable } from '../../shared/importExport/exportTable'
import type { ImportKind } from '../../shared/importExport/importFields'
import { safeFileName } from '../../shared/text/safeFileName'
import type { HandlerMap } from '../api/handlers'
import { previewImport } from '../importExport/previewImport'
import type { Table } from '../importExport/readTable'
import { writeExport } from '../importExport/writeExport'
import { resolveConferenceFile } from './resolveConferenceFile'

const IMPORT_FILTERS = [
  { name: 'Bảng tính (xlsx, xls, csv)', extensions: ['xlsx', 'xls', 'csv'] },
  { name: 'Tất cả', extensions: ['*'] }
]

const PICK_TITLES: Record<ImportKind, string> = {
  delegates: 'Nhập danh sách đại biểu',
  venues: 'Nhập danh sách điểm cầu',
  agenda: 'Nhập chương trình',
  awards: 'Nhập danh sách khen thưởng'
}

const FILE_WORDS: Record<ImportKind, string> = {
  delegates: 'dai-bieu',
  venues: 'diem-cau',
  agenda: 'chuong-trinh',
  awards: 'khen-thuong'
}

/** Files the clerk picked in a dialog, by token: the renderer can only name what a dialog returned. */
const pickedFiles = new Map<string, string>()

/** The last table read for each picked file, with what it was read with (see import:preview). */
const readTables = new Map<string, { key: string; table: Table }>()

function pickedPath(token: string): string {
  const path = pickedFiles.get(token)
  if (!path)
    throw new AppError({ code: 'not-found', message: 'tệp nhập không còn được giữ, hãy chọn lại tệp' })
  return path
}

/**
 * The dialog asked before overwriting the path it returned, and only that path: it is used as
 * is. A name typed without an extension gets one only when no file of that name exists yet, since
 * nobody was asked about overwriting that one.
 */
async function withExtension(target: string, format: string): Promise<string> {
  if (extname(target) !== '') return target
  const path = `${target}.${format}`
  const exists = await fs.access(path).then(
    () => true,
    () => false
  )
  if (exists)
    throw new AppError({
      code: 'invalid-input',
      message: `đã có tệp ${basename(path)}; hãy xuất lại và chọn tệp đó (để được hỏi trước khi ghi đè) hoặc đặt tên khác`,
      file: basename(path)
    })
  return path
}

export const importExportHandlers: HandlerMap<
  'import:pickFile' | 'import:preview' | 'import:release' | 'export:write'
> = {
  'import:pickFile': async (input, ctx) => {
    // The reader loads SheetJS (most of a second on office PCs) while the clerk picks the file.
    ctx.tables.warm()
    const path = await ctx.dialogs.openFile({ title: PICK_TITLES[input.kind], filters: IMPORT_FILTERS })
    if (!path) return null
    const stat = await fs.stat(path)
    const token = randomBytes(16).toString('hex')
    pickedFiles.set(token, path)
    return { token, fileName: basename(path), sizeBytes: stat.size }
  },

  'import:preview': async (input, ctx) => {
    const path = pickedPath(input.token)
    const options = { encoding: input.encoding ?? 'auto', sheet: input.sheet }
    // The mapping screen asks again at every change of header row or column: the file is read
    // once per encoding and sheet, and again only when it changed on disk meanwhile.
    const stat = await fs.stat(path).catch(() => null)
    const key = JSON.stringify([options.encoding, options.sheet ?? null, stat?.size, stat?.mtimeMs])
    const cached = readTables.get(input.token)
    const table = cached && cached.key === key ? cached.table : await ctx.tables.read(path, options)
    readTables.set(input.token, { key, table })
    return previewImport(table, input.kind, {
      headerRow: input.headerRow,
      mapping: input.mapping,
      existingVenues: input.existingVenues ?? [],
      existingDelegates: input.existingDelegates ?? []
    })
  },

  'import:release': async (input) => {
    pickedFiles.delete(input.token)
    readTables.delete(input.token)
    return {}
  },

  'export:write': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    const { db } = await ctx.store.openFile(file)
    const doc = input.kind === 'delegates' ? onlyDelegates(db.data, input.delegateIds) : db.data
    const table = exportTable(doc, input.kind, input.sort ?? 'protocol')
    const base = `${FILE_WORDS[input.kind]}-${safeFileName(doc.conference.title, 'hoi-nghi', 50)}`
    const target = await ctx.dialogs.saveFile({
      title: 'Xuất danh sách',
      defaultName: `${base}.${input.format}`,
      filters: [{ name: input.format.toUpperCase(), extensions: [input.format] }]
    })
    if (!target) return null
    const path = await withExtension(target, input.format)
    // The dialog may point anywhere, the conference file and the data folder included.
    const rows = await writeExport(path, table, input.format, {
      dataDir: ctx.dataDir,
      protect: [file, ...Object.values(ctx.settings.data.externalFiles)],
      lang: ctx.settings.data.language === 'en' ? 'en' : 'vi'
    })
    return { fileName: basename(path), rows }
  }
}
