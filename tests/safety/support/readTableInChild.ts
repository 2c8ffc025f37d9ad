import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { Table } from '../../../electron/importExport/readTable'
import type { AppErrorData } from '../../../shared/errors/appError'

export type ReadOutcome =
  | { kind: 'table'; table: Table }
  | { kind: 'refused'; error: AppErrorData }
  /** An exception that is not an AppError: a defect, the clerk would see a raw message. */
  | { kind: 'crashed'; message: string }
  | { kind: 'hung'; afterMs: number }

interface Reply {
  path?: string
  ready?: boolean
  table?: Table
  error?: AppErrorData | null
  other?: string
}

/** A readTable in a child process (see readTableChild.ts) that answers or is killed after `limitMs`. */
export class ChildReader {
  private child: ChildProcess | null = null

  constructor(private readonly limitMs = 15_000) {}

  private async start(): Promise<ChildProcess> {
    if (this.child) return this.child
    const child = fork(join(__dirname, 'readTableChild.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    })
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve())
      child.once('exit', (code) =>
        reject(new Error(`readTableChild exited with ${code} before it was ready`))
      )
    })
    this.child = child
    return child
  }

  async read(path: string): Promise<ReadOutcome> {
    const child = await this.start()
    return new Promise<ReadOutcome>((resolve) => {
      const started = Date.now()
      const timer = setTimeout(() => {
        child.off('message', onMessage)
        this.stop()
        resolve({ kind: 'hung', afterMs: Date.now() - started })
      }, this.limitMs)
      const onMessage = (reply: Reply) => {
        if (reply.path !== path) return
        clearTimeout(timer)
        child.off('message', onMessage)
        if (reply.table) resolve({ kind: 'table', table: reply.table })
        else if (reply.error) resolve({ kind: 'refused', error: reply.error })
        else resolve({ kind: 'crashed', message: reply.other ?? 'unknown' })
      }
      child.on('message', onMessage)
      child.send(path)
    })
  }

  stop(): void {
    this.child?.kill('SIGKILL')
    this.child = null
  }
}
