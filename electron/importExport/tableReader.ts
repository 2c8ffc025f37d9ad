import { basename } from 'node:path'
import { AppError, appErrorSchema } from '../../shared/errors/appError'
import type { ReadTableOptions, Table } from './readTable'
import type { TableJob, TableReply } from './tableWorker'

/** Reads an import file into a table; the app's reader runs in a process it can stop. */
export interface TableReader {
  read(path: string, options?: ReadTableOptions): Promise<Table>
  /** Starts the reader ahead of the first file (while the clerk is still choosing it). */
  warm(): void
  close(): Promise<void>
}

/**
 * A process of its own, as the reader and the PDF renderer need it: Electron's utilityProcess in
 * the app, a Node child process in tests. It is started with its heap capped (--max-old-space-size).
 */
export interface ChildPort<Job, Reply> {
  send(job: Job): void
  onMessage(listener: (reply: Reply) => void): () => void
  onExit(listener: (code: number | null) => void): () => void
  kill(): void
  /** Whether a job keeps the app alive (Node children only; Electron quits on its own terms). */
  keepAlive(alive: boolean): void
}

/** The reading process. */
export type ReaderProcess = ChildPort<TableJob, TableReply>

export interface TableReaderLimits {
  /** A real office list reads in well under a second; 20 MB of plain cells in a few seconds. */
  timeoutMs: number
  /** Passed to the spawner as --max-old-space-size. */
  maxHeapMb: number
}

export const DEFAULT_TABLE_LIMITS: TableReaderLimits = { timeoutMs: 30_000, maxHeapMb: 1024 }

/**
 * Runs readTable in one reading process at a time, started by `spawn`. A file that takes longer
 * than the limit, or ends the process (out of memory), gets one message naming it; the next read
 * starts a fresh process.
 */
export function processTableReader(
  spawn: (maxHeapMb: number) => ReaderProcess,
  limits: TableReaderLimits = DEFAULT_TABLE_LIMITS
): TableReader {
  let current: ReaderProcess | null = null
  let nextJob = 1
  let queue: Promise<unknown> = Promise.resolve()

  const ensureProcess = (): ReaderProcess => {
    if (current) return current
    const started = spawn(limits.maxHeapMb)
    started.keepAlive(false)
    // One that ends while idle (or fails to start) is replaced at the next read.
    started.onExit(() => {
      if (current === started) current = null
    })
    current = started
    return started
  }

  const stop = (): void => {
    const running = current
    current = null
    running?.kill()
  }

  const run = (path: string, options: ReadTableOptions): Promise<Table> =>
    new Promise<Table>((resolve, reject) => {
      const fileName = basename(path)
      const target = ensureProcess()
      const jobId = nextJob++
      const done = () => {
        clearTimeout(timer)
        offMessage()
        offExit()
        target.keepAlive(false)
      }
      const fail = (message: string) => {
        done()
        if (current === target) stop()
        reject(new AppError({ code: 'invalid-file', message, file: fileName }))
      }
      const timer = setTimeout(
        () =>
          fail(
            `tệp quá phức tạp, đọc ${Math.round(limits.timeoutMs / 1000)} giây chưa xong; hãy mở bằng Excel, chép danh sách sang một tệp mới rồi nhập tệp đó`
          ),
        limits.timeoutMs
      )
      const offMessage = target.onMessage((reply) => {
        if (reply.jobId !== jobId) return
        done()
        if (reply.ok) resolve(reply.table)
        else {
          const parsed = appErrorSchema.safeParse(reply.error)
          reject(
            new AppError(parsed.success ? parsed.data : { code: 'internal', message: reply.error.message })
          )
        }
      })
      const offExit = target.onExit((code) =>
        fail(
          `tệp cần quá nhiều bộ nhớ hoặc làm trình đọc dừng (mã ${code ?? '?'}); hãy mở bằng Excel, chép danh sách sang một tệp mới rồi nhập tệp đó`
        )
      )
      target.keepAlive(true)
      target.send({ jobId, path, options })
    })

  return {
    read(path, options = {}) {
      // One file at a time: a preview asked again while the clerk changes the mapping waits its turn.
      const result = queue.then(() => run(path, options))
      queue = result.catch(() => undefined)
      return result
    },
    warm() {
      ensureProcess()
    },
    async close() {
      stop()
    }
  }
}
