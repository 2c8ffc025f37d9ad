import { AppError, formatAppError } from '../../shared/errors/appError'
import { EXIT_BAD_INPUT, EXIT_USAGE, printableIo, UsageError, type CliIo } from './cliIo'
import { commands } from './commands/index'

function usage(): string {
  return ['Cách dùng / usage:', ...commands.map((command) => `  ${command.usage}`)].join('\n')
}

/** The whole CLI as a function of its arguments, so tests call it without spawning a process. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Whatever a command prints may quote a file's cells or a title: escaped in one place for all.
  const io = printableIo(rawIo)
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    ;(name ? io.out : io.err)(usage())
    return name ? 0 : EXIT_USAGE
  }
  const command = commands.find((candidate) => candidate.name === name)
  if (!command) {
    io.err(`lệnh không tồn tại: ${name}\n${usage()}`)
    return EXIT_USAGE
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error instanceof Error ? error.message : String(error)}\nCách dùng: ${command.usage}`)
      return EXIT_USAGE
    }
    if (error instanceof AppError) {
      io.err(formatAppError(error.toData()))
      return EXIT_BAD_INPUT
    }
    io.err(error instanceof Error ? error.message : String(error))
    return EXIT_BAD_INPUT
  }
}
