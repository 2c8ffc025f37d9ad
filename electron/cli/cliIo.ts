/** Exit codes are an interface scripts depend on: keep them. */
export const EXIT_OK = 0
export const EXIT_BAD_INPUT = 1
export const EXIT_USAGE = 2

export class UsageError extends Error {}

export interface CliIo {
  out(line: string): void
  err(line: string): void
  cwd: string
  env: NodeJS.ProcessEnv
  /**
   * Asks one question on the terminal and resolves to the answer; absent when stdin is not a
   * terminal (a script, a pipe), where a command that needs a yes must be told `--yes` instead.
   */
  ask?: (question: string) => Promise<string>
}

export interface CliCommand {
  name: string
  usage: string
  run(args: string[], io: CliIo): Promise<number>
}
