import { basename, resolve } from 'node:path'
import { AppError, formatAppError } from '../../../shared/errors/appError'
import { checkReferences } from '../../../shared/model/checkReferences'
import { readConferenceFile } from '../../storage/readConferenceFile'
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
      // The same reader the app uses, so both give the same diagnosis (size, binary, JSON, schema).
      const read = await readConferenceFile(file)
      if (!read) throw new AppError({ code: 'not-found', message: 'không tìm thấy tệp', file: name })
      const { doc, migratedFrom } = read
      // What the schema cannot see: one line per fault, naming the field, as for bad rows on import.
      const problems = checkReferences(doc)
      if (problems.length > 0) {
        for (const problem of problems)
          io.err(
            formatAppError({
              code: 'invalid-file',
              message: problem.message,
              file: name,
              field: problem.field
            })
          )
        const repairable = problems.filter((problem) => problem.repairable).length
        io.err(
          `${name}: ${problems.length} lỗi liên kết${repairable > 0 ? ` (ứng dụng tự bỏ ${repairable} liên kết hỏng khi mở)` : ''}`
        )
        return EXIT_BAD_INPUT
      }
      const note = migratedFrom !== null ? ` (phiên bản cũ ${migratedFrom}, sẽ được nâng cấp khi mở)` : ''
      io.out(
        `${name}: hợp lệ — "${doc.conference.title}", ${doc.venues.length} điểm cầu, ${doc.delegates.length} đại biểu${note}`
      )
      return EXIT_OK
    } catch (error) {
      if (error instanceof AppError) {
        const data = error.toData()
        if (data.details && data.details.length > 1)
          for (const line of data.details) io.err(`${name}: ${line}`)
        else io.err(formatAppError(data))
        return EXIT_BAD_INPUT
      }
      const code = (error as NodeJS.ErrnoException).code
      io.err(
        `${name}: ${code === 'ENOENT' ? 'không tìm thấy tệp' : error instanceof Error ? error.message : String(error)}`
      )
      return EXIT_BAD_INPUT
    }
  }
}
