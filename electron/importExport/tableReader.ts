import { basename } from 'node:path'
import type { Worker, ResourceLimits } from 'node:worker_threads'
import { AppError, appErrorSchema } from '../../shared/errors/appError'
import { readTable, type ReadTableOptions, type Table } from './readTable'
import type { TableJob, TableReply } from './tableWorker'

/** Reads an import file into a table; the app's reader runs in a worker thread it can stop. */
export interface TableReader {
  read(path: string, options?: ReadTableOptions): Promise<Table>
  /** Starts the reader ahead of the first file (while the clerk is still choosing it). */
  warm(): void
  close(): Promise<void>
}

/** For the CLI, a batch process of its own: a file that hangs it hangs only that run. */
export const inProcessTableReader: TableReader = {
  read: (path, options) => readTable(path, options),
  warm: () => undefined,
  close: async () => undefined
}

export interface TableReaderLimits {
  /** A real office list reads in well under a second; 20 MB of plain cells in a few seconds. */
  timeoutMs: number
  maxOldGenerationSizeMb: number
}

export const DEFAULT_TABLE_LIMITS: TableReaderLimits = { timeoutMs: 30_000, maxOldGenerationSizeMb: 1024 }

/**
 * Runs readTable in one worker thread at a time, started by `spawn` (the bundled worker in the
 * app, a TypeScript one in tests). A file that takes longer than the limit, or needs more memory,
 * stops the worker and gets one message naming it; the next read starts a fresh worker.
 */
export function workerTableReader(
  spawn: (resourceLimits: ResourceLimits) => Worker,
  limits: TableReaderLimits = DEFAULT_TABLE_LIMITS
): TableReader {
  let worker: Worker | null = null
  let nextJob = 1
  let queue: Promise<unknown> = Promise.resolve()

  const stop = async (): Promise<void> => {
    const current = worker
    worker = null
    if (current) await current.terminate()
  }

  const ensureWorker = (): Worker => {
    if (worker) return worker
    const created = spawn({ maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb })
    // An idle worker must not keep the app from quitting.
    created.unref()
    // A worker that dies while idle is replaced at the next read.
    created.once('exit', () => {
      if (worker === created) worker = null
    })
    worker = created
    return created
  }

  const run = (path: string, options: ReadTableOptions): Promise<Table> =>
    new Promise<Table>((resolve, reject) => {
      const fileName = basename(path)
      const target = ensureWorker()
      const jobId = nextJob++
      const cleanup = () => {
        clearTimeout(timer)
        target.off('message', onMessage)
        target.off('error', onError)
        target.off('exit', onExit)
        target.unref()
      }
      const fail = (message: string) => {
        cleanup()
        void stop()
        reject(new AppError({ code: 'invalid-file', message, file: fileName }))
      }
      const timer = setTimeout(
        () =>
          fail(
            `tệp quá phức tạp, đọc ${Math.round(limits.timeoutMs / 1000)} giây chưa xong; hãy mở bằng Excel, chép danh sách sang một tệp mới rồi nhập tệp đó`
          ),
        limits.timeoutMs
      )
      const onMessage = (reply: TableReply) => {
        if (reply.jobId !== jobId) return
        cleanup()
        if (reply.ok) resolve(reply.table)
        else {
          const parsed = appErrorSchema.safeParse(reply.error)
          reject(
            new AppError(parsed.success ? parsed.data : { code: 'internal', message: reply.error.message })
          )
        }
      }
      const onError = (error: Error & { code?: string }) =>
        fail(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `tệp cần quá nhiều bộ nhớ để đọc (trên ${limits.maxOldGenerationSizeMb} MB); hãy mở bằng Excel, chép danh sách sang một tệp mới rồi nhập tệp đó`
            : `không đọc được tệp (${error.message})`
        )
      const onExit = (code: number) => fail(`không đọc được tệp (trình đọc dừng với mã ${code})`)
      target.on('message', onMessage)
      target.on('error', onError)
      target.on('exit', onExit)
      target.ref()
      const job: TableJob = { jobId, path, options }
      target.postMessage(job)
    })

  return {
    read(path, options = {}) {
      // One file at a time: a preview asked again while the clerk changes the mapping waits its turn.
      const result = queue.then(() => run(path, options))
      queue = result.catch(() => undefined)
      return result
    },
    warm() {
      ensureWorker()
    },
    close: stop
  }
}
