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

/**
 * A line as the terminal may show it: control characters (an ESC starting a colour or cursor
 * sequence, a carriage return that rewrites the line, C1 controls) and bidi overrides that
 * reorder what follows, all from a file's cells or a title, are written as \u001b and the like, so
 * nothing read from a file can hide or fake the CLI's own output. Line breaks between lines stay.
 */
export function printable(line: string): string {
  return line.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

/** The same io, every line it prints made printable. */
export function printableIo(io: CliIo): CliIo {
  return { ...io, out: (line) => io.out(printable(line)), err: (line) => io.err(printable(line)) }
}
