import { promises as fs } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseConferenceText } from '../../../shared/model/parseConferenceDocument'
import { AppError, formatAppError } from '../../../shared/errors/appError'
import { MAX_CONFERENCE_BYTES } from '../../storage/conferenceFileAdapter'
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliCommand } from '../cliIo'

/** Reads only: validate never writes, moves or deletes anything. */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'hoinghi validate <file>',
  async run(args, io) {
    if (args.length !== 1 || args[0]?.startsWith('-')) throw new UsageError(this.usage)
    const file = resolve(io.cwd, args[0] ?? '')
    const name = basename(file)
    try {
      const stat = await fs.stat(file)
      if (stat.size > MAX_CONFERENCE_BYTES) throw new AppError({ code: 'invalid-file', message: `tệp quá lớn (${stat.size} byte)`, file: name })
      const { doc, migratedFrom } = parseConferenceText(await fs.readFile(file, 'utf8'), name)
      const note = migratedFrom !== null ? ` (phiên bản cũ ${migratedFrom}, sẽ được nâng cấp khi mở)` : ''
      io.out(`${name}: hợp lệ — "${doc.conference.title}", ${doc.venues.length} điểm cầu, ${doc.delegates.length} đại biểu${note}`)
      return EXIT_OK
    } catch (error) {
      if (error instanceof AppError) {
        const data = error.toData()
        if (data.details && data.details.length > 1) for (const line of data.details) io.err(`${name}: ${line}`)
        else io.err(formatAppError(data))
        return EXIT_BAD_INPUT
      }
      const code = (error as NodeJS.ErrnoException).code
      io.err(`${name}: ${code === 'ENOENT' ? 'không tìm thấy tệp' : error instanceof Error ? error.message : String(error)}`)
      return EXIT_BAD_INPUT
    }
  }
}
