import { createInterface } from 'node:readline/promises'
import { runCli } from './runCli'

/** One question on the terminal; only offered when stdin is one (see CliIo.ask). */
async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await terminal.question(question)
  } finally {
    terminal.close()
  }
}

const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
  env: process.env,
  ...(process.stdin.isTTY ? { ask } : {})
})
process.exitCode = code
