import { AppError, formatAppError } from '../../shared/errors/appError'
import { EXIT_BAD_INPUT, EXIT_USAGE, printableIo, UsageError, type CliIo } from './cliIo'
import { commandLoaders, loadAllCommands } from './commands/index'

async function usage(): Promise<string> {
  const commands = await loadAllCommands()
  return ['Cách dùng / usage:', ...commands.map((command) => `  ${command.usage}`)].join('\n')
}

/** The whole CLI as a function of its arguments, so tests call it without spawning a process. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Whatever a command prints may quote a file's cells or a title: escaped in one place for all.
  const io = printableIo(rawIo)
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    ;(name ? io.out : io.err)(await usage())
    return name ? 0 : EXIT_USAGE
  }
  // Own names only: "constructor" or "__proto__" is no command.
  const load = Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined
  if (!load) {
    io.err(`lệnh không tồn tại: ${name}\n${await usage()}`)
    return EXIT_USAGE
  }
  const command = await load()
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
