import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { exportSorts, exportTable, type ExportSort } from '../../../shared/importExport/exportTable'
import { importKinds, type ImportKind } from '../../../shared/importExport/importFields'
import { exportFormats, writeExport, type ExportFormat } from '../../importExport/writeExport'
import { AppError } from '../../../shared/errors/appError'
import { readConferenceFile } from '../../storage/readConferenceFile'
import { refuseLiveTarget } from '../../storage/refuseLiveTarget'
import { cliDataDir } from '../cliDataDir'
import { EXIT_OK, UsageError, type CliCommand } from '../cliIo'

/** Reads only the conference file; writes only --out. */
export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'hoinghi export <file> --kind delegates|venues|agenda|awards --format csv|xlsx|json --out <path> [--sort protocol|precedence|name]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        kind: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        sort: { type: 'string' }
      }
    })
    const [target, ...extra] = positionals
    if (!target || extra.length > 0) throw new UsageError('cần đúng một <file>')
    const kind = values.kind as ImportKind | undefined
    if (!kind || !importKinds.includes(kind))
      throw new UsageError(`--kind phải là một trong: ${importKinds.join(', ')}`)
    const format = values.format as ExportFormat | undefined
    if (!format || !exportFormats.includes(format))
      throw new UsageError(`--format phải là một trong: ${exportFormats.join(', ')}`)
    if (!values.out) throw new UsageError('thiếu --out <path>')
    const sort = (values.sort ?? 'protocol') as ExportSort
    if (!exportSorts.includes(sort))
      throw new UsageError(`--sort phải là một trong: ${exportSorts.join(', ')}`)
    const file = resolve(io.cwd, target)
    const out = resolve(io.cwd, values.out)
    const dataDir = cliDataDir(io)
    // --out is a path like any other: it must not name the conference itself or the app's files.
    const guard = { dataDir, protect: [file] }
    refuseLiveTarget(out, { ...guard, noConferenceFiles: true })
    // Reading needs no lock: a read-only share or a file another computer has open exports fine.
    const read = await readConferenceFile(file)
    if (!read) throw new AppError({ code: 'not-found', message: 'không tìm thấy tệp', file: basename(file) })
    const rows = await writeExport(out, exportTable(read.doc, kind, sort), format, guard)
    io.out(`${basename(out)}: đã xuất ${rows} dòng`)
    return EXIT_OK
  }
}
