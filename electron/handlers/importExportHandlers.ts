import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, extname } from 'node:path'
import { AppError } from '../../shared/errors/appError'
import { exportTable } from '../../shared/importExport/exportTable'
import type { ImportKind } from '../../shared/importExport/importFields'
import { safeFileName } from '../../shared/text/safeFileName'
import type { HandlerMap } from '../api/handlers'
import { previewImport } from '../importExport/previewImport'
import { readTable } from '../importExport/readTable'
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

function pickedPath(token: string): string {
  const path = pickedFiles.get(token)
  if (!path)
    throw new AppError({ code: 'not-found', message: 'tệp nhập không còn được giữ, hãy chọn lại tệp' })
  return path
}

export const importExportHandlers: HandlerMap<
  'import:pickFile' | 'import:preview' | 'import:release' | 'export:write'
> = {
  'import:pickFile': async (input, ctx) => {
    const path = await ctx.dialogs.openFile({ title: PICK_TITLES[input.kind], filters: IMPORT_FILTERS })
    if (!path) return null
    const stat = await fs.stat(path)
    const token = randomBytes(16).toString('hex')
    pickedFiles.set(token, path)
    return { token, fileName: basename(path), sizeBytes: stat.size }
  },

  'import:preview': async (input) => {
    const table = await readTable(pickedPath(input.token), {
      encoding: input.encoding ?? 'auto',
      sheet: input.sheet
    })
    return previewImport(table, input.kind, {
      headerRow: input.headerRow,
      mapping: input.mapping,
      existingVenues: input.existingVenues ?? [],
      existingDelegates: input.existingDelegates ?? []
    })
  },

  'import:release': async (input) => {
    pickedFiles.delete(input.token)
    return {}
  },

  'export:write': async (input, ctx) => {
    const { file } = resolveConferenceFile(ctx, input.key)
    const { db } = await ctx.store.openFile(file)
    const doc = db.data
    const table = exportTable(doc, input.kind, input.sort ?? 'protocol')
    const base = `${FILE_WORDS[input.kind]}-${safeFileName(doc.conference.title, 'hoi-nghi', 50)}`
    const target = await ctx.dialogs.saveFile({
      title: 'Xuất danh sách',
      defaultName: `${base}.${input.format}`,
      filters: [{ name: input.format.toUpperCase(), extensions: [input.format] }]
    })
    if (!target) return null
    const path = extname(target) === '' ? `${target}.${input.format}` : target
    const rows = await writeExport(path, table, input.format)
    return { fileName: basename(path), rows }
  }
}
