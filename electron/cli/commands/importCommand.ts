import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { SnapshotNote } from '../../../shared/api/safetyChannels'
import { AppError, formatAppError } from '../../../shared/errors/appError'
import { applyImport } from '../../../shared/importExport/applyImport'
import { importKinds, type ImportKind } from '../../../shared/importExport/importFields'
import { textEncodings, type EncodingChoice } from '../../../shared/text/legacy/detectEncoding'
import { parseMapArgument, previewImport } from '../../importExport/previewImport'
import { readTable } from '../../importExport/readTable'
import { ConferenceStore } from '../../storage/conferenceStore'
import { cliDataDir } from '../cliDataDir'
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliCommand } from '../cliIo'

const KIND_WORDS: Record<ImportKind, string> = {
  delegates: 'đại biểu',
  venues: 'điểm cầu',
  agenda: 'mục chương trình',
  awards: 'khen thưởng'
}

/**
 * The file as it was, kept in the data folder's snapshots (listed in the app's History) before an
 * import changes it. No snapshot, no import: the import would then be the one change that cannot be undone.
 */
async function snapshotBeforeImport(
  store: ConferenceStore,
  conferenceId: string,
  raw: Buffer,
  file: string,
  note: SnapshotNote
): Promise<void> {
  try {
    await store.snapshots.take(await store.snapshotKey(file, conferenceId), raw, 'import', note)
  } catch (error) {
    throw new AppError({
      code: 'io',
      message: `không tạo được bản lưu trước khi nhập trong ${store.paths.snapshots} (${error instanceof Error ? error.message : String(error)}); không nhập gì`,
      file: basename(file)
    })
  }
}

/** Appends the rows of a spreadsheet to a conference file, all or nothing. */
export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'hoinghi import <file> <input> --kind delegates|venues|agenda|awards [--header-row N] [--map "Họ và tên=name,Cấp bậc=rank,…"] [--encoding tcvn3|vni|windows-1258|utf-8]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        kind: { type: 'string' },
        'header-row': { type: 'string' },
        map: { type: 'string' },
        encoding: { type: 'string' }
      }
    })
    const [target, input, ...extra] = positionals
    if (!target || !input || extra.length > 0) throw new UsageError('cần <file> và <input>')
    const kind = values.kind as ImportKind | undefined
    if (!kind || !importKinds.includes(kind))
      throw new UsageError(`--kind phải là một trong: ${importKinds.join(', ')}`)
    const headerRow = values['header-row'] === undefined ? undefined : Number(values['header-row'])
    if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1))
      throw new UsageError('--header-row phải là số dòng từ 1')
    const encoding = (values.encoding ?? 'auto') as EncodingChoice
    if (encoding !== 'auto' && !textEncodings.includes(encoding))
      throw new UsageError(`--encoding phải là một trong: ${textEncodings.join(', ')}`)

    const file = resolve(io.cwd, target)
    const inputPath = resolve(io.cwd, input)
    const inputName = basename(inputPath)
    // Every file is locked from before the read until after the write, in the data folder too: a
    // second import started meanwhile waits, then reads what this one wrote.
    const store = new ConferenceStore(cliDataDir(io), undefined, { lockEveryFile: true })
    // close() gives back the lock the open took, whatever happens.
    try {
      const { db, adapter } = await store.openFile(file)
      const doc = db.data
      const table = await readTable(inputPath, { encoding })
      const context = {
        headerRow,
        existingVenues: doc.venues.map((venue) => ({ id: venue.id, name: venue.name })),
        existingDelegates: doc.delegates.map((delegate) => ({
          id: delegate.id,
          name: delegate.name,
          unit: delegate.unit
        }))
      }
      let preview = previewImport(table, kind, context)
      if (values.map !== undefined) {
        const { mapping, errors } = parseMapArgument(values.map, preview.headers, kind)
        if (errors.length > 0) throw new UsageError(`--map: ${errors.join('; ')}`)
        preview = previewImport(table, kind, { ...context, headerRow: preview.headerRow, mapping })
      }
      if (preview.problems.length > 0) {
        for (const problem of preview.problems) {
          io.err(
            formatAppError({
              code: 'invalid-input',
              message: problem.message,
              file: inputName,
              row: problem.row,
              field: problem.field
            })
          )
        }
        io.err(`${inputName}: ${preview.problems.length} lỗi, không nhập gì vào ${basename(file)}`)
        return EXIT_BAD_INPUT
      }
      if (preview.records.length === 0) {
        io.err(`${inputName}: không có dòng dữ liệu nào dưới dòng tiêu đề ${preview.headerRow}`)
        return EXIT_BAD_INPUT
      }
      // Every data row read becomes one record or one problem above: a count that differs means
      // rows went missing somewhere between the file and the document, and nothing is imported.
      if (preview.records.length !== preview.totalRows) {
        io.err(
          `${inputName}: đọc được ${preview.totalRows} dòng dữ liệu nhưng chỉ chuyển được ${preview.records.length}; không nhập gì vào ${basename(file)}`
        )
        return EXIT_BAD_INPUT
      }
      await snapshotBeforeImport(
        store,
        doc.id,
        adapter.lastReadRaw ?? Buffer.from(JSON.stringify(doc)),
        file,
        {
          file: inputName.normalize('NFC').slice(0, 300),
          count: preview.records.length,
          kind
        }
      )
      await store.save(
        file,
        applyImport(doc, preview, {
          file: inputName.normalize('NFC').slice(0, 300),
          at: new Date().toISOString()
        })
      )
      const known = new Set(doc.venues.map((venue) => venue.id))
      const updated =
        preview.kind === 'venues' ? preview.records.filter((venue) => known.has(venue.id)).length : 0
      const venues =
        (preview.newVenues.length > 0 ? `, thêm ${preview.newVenues.length} điểm cầu mới` : '') +
        (updated > 0 ? `, cập nhật ${updated} điểm cầu đã có` : '')
      const legacy =
        preview.encoding.used !== 'utf-8' ? ` (mã ${preview.encoding.used} đã chuyển sang Unicode)` : ''
      io.out(
        `${inputName}: đã nhập ${preview.records.length} ${KIND_WORDS[kind]} vào ${basename(file)}${venues}${legacy}`
      )
      return EXIT_OK
    } finally {
      await store.close()
    }
  }
}
